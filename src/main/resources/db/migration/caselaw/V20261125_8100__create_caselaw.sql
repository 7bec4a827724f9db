-- The internal case-law database (strafmaatoverleg, domain.md 5.3): anonymised decisions, no names and no link to the
-- people concerned. Entries from a decided case keep the case id only to be excluded from "similar cases" on that
-- case's own decision form and to be taken in once; older decisions are entered by hand without one.
create table caselaw_entry (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  case_id         uuid,
  facts           text not null,
  fact_codes      text[] not null default '{}',
  risk_families   text[] not null default '{}',
  aggravating     text[] not null default '{}',
  mitigating      text[] not null default '{}',
  track           varchar(40) not null,
  outcome         varchar(40) not null,
  sanction        varchar(60),
  decided_year    integer not null,
  decided_on      date,
  status          varchar(20) not null default 'DRAFT',
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  published_at    timestamptz
);
create index caselaw_entry_organisation_idx on caselaw_entry (organisation_id, status, decided_year);
create unique index caselaw_entry_case_idx on caselaw_entry (organisation_id, case_id) where case_id is not null;
create index caselaw_entry_fact_codes_idx on caselaw_entry using gin (fact_codes);
