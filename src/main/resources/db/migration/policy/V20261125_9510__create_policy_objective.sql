-- The strategic and operational objectives of the action plan (domain.md 8.1, 8.4): each organisation its own, where
-- the page showed Gent's three strategic objectives to every zone. Actions name an objective by its code.
create table policy_objective (
  organisation_id uuid not null references organisation(id),
  code            varchar(20) not null,
  kind            varchar(20) not null,
  parent_code     varchar(20) not null default '',
  text            text not null,
  primary key (organisation_id, code)
);
