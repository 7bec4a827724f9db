-- Inventory of vulnerable functions (domain.md 7.2). The function is kept by name, as the people module names it;
-- the consequences (screening frequency, rotation, four-eyes) are read by other modules through the policy API.
create table policy_vulnerable_function (
  id                 uuid primary key,
  organisation_id    uuid not null references organisation(id),
  function_name      text not null,
  work_areas         text not null default '',
  circumstances      text not null default '',
  screening_months   integer check (screening_months between 1 and 120),
  rotation           boolean not null default false,
  four_eyes          boolean not null default false,
  notes              text not null default '',
  assessed_by        text not null,
  assessed_at        timestamptz not null,
  unique (organisation_id, function_name)
);
create index policy_vulnerable_function_organisation_idx on policy_vulnerable_function (organisation_id);
