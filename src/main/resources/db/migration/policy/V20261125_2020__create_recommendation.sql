-- Recommendations of control bodies (domain.md 8.5, 9.7) and how the organisation follows them up.
create table policy_recommendation (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  source          varchar(30) not null,
  reference       text not null default '',
  issued_on       date not null,
  text            text not null,
  measures        text not null default '',
  owner           text not null default '',
  due_date        date,
  status          varchar(30) not null,
  evidence        text not null default '',
  created_at      timestamptz not null
);
create index policy_recommendation_organisation_idx on policy_recommendation (organisation_id, issued_on desc);
