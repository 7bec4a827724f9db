-- Maturity self-assessment (domain.md 2.3): one score per topic per year, kept per year so years can be compared.
create table policy_maturity_score (
  organisation_id uuid not null references organisation(id),
  year            integer not null check (year between 2000 and 2100),
  topic           varchar(40) not null,
  level           integer not null check (level between 0 and 5),
  evidence        text not null default '',
  assessed_by     text not null,
  assessed_at     timestamptz not null,
  primary key (organisation_id, year, topic)
);

-- The staff-and-culture sub-items, answered yes / no / ad hoc.
create table policy_maturity_item (
  organisation_id uuid not null references organisation(id),
  year            integer not null check (year between 2000 and 2100),
  item            varchar(40) not null,
  answer          varchar(10) not null check (answer in ('YES', 'NO', 'AD_HOC')),
  primary key (organisation_id, year, item)
);
