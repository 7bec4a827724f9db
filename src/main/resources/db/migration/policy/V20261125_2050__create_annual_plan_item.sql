-- The Dutch annual plan (domain.md 8.3): activities per year grouped by element of the integrity house, each with the
-- fields of a project card.
create table policy_annual_plan_item (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  year            integer not null check (year between 2000 and 2100),
  element         varchar(30) not null,
  activity        text not null,
  timing          varchar(20) not null default '',
  status          varchar(20) not null,
  how             text not null default '',
  need_who        text not null default '',
  need_what       text not null default '',
  created_at      timestamptz not null
);
create index policy_annual_plan_item_organisation_idx on policy_annual_plan_item (organisation_id, year);
