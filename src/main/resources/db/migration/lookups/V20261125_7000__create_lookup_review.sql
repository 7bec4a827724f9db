-- One imported data set: its progress while the scan runs in the background, then its volumes. The secret keys the
-- pseudonyms of this import's officers and subjects, so the same person has unrelated pseudonyms in two imports.
create table lookup_import (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  label           text not null,
  origin          varchar(20) not null check (origin in ('UPLOAD', 'WATCHED', 'DEMO')),
  status          varchar(20) not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  secret          bytea not null,
  bytes_read      bigint not null default 0,
  total_bytes     bigint not null default 0,
  events          bigint not null default 0,
  explained       bigint not null default 0,
  alerts          bigint not null default 0,
  suppressed      bigint not null default 0,
  bad_rows        bigint not null default 0,
  error_key       text,
  started_by      text not null,
  started_at      timestamptz not null,
  finished_at     timestamptz
);
create index lookup_import_organisation_idx on lookup_import (organisation_id, started_at desc);

-- A look-up proposed for review, with what the import stored about it: the look-up itself, the context that was
-- checked and the decision. Real identifiers stay here; pages show the pseudonyms until a reveal is approved.
create table lookup_alert (
  id                uuid primary key,
  organisation_id   uuid not null references organisation(id),
  import_id         uuid not null references lookup_import(id),
  event_id          text not null,
  officer_id        text not null,
  subject_id        text not null,
  officer_pseudonym varchar(20) not null,
  subject_pseudonym varchar(20) not null,
  team_id           text,
  score             integer not null,
  reasons           integer not null,
  occurred_at       timestamptz,
  source            text,
  action            text,
  case_ref          text,
  team_cases        text,
  typed_case        varchar(20),
  on_duty           boolean,
  relation          text,
  status            varchar(20) not null check (status in ('OPEN', 'JUSTIFIED', 'UNJUSTIFIED')),
  explanation       text,
  decided_by        text,
  decided_at        timestamptz,
  unique (import_id, event_id)
);
create index lookup_alert_organisation_idx on lookup_alert (organisation_id, import_id, score desc);
create index lookup_alert_officer_idx on lookup_alert (organisation_id, officer_pseudonym);

-- An explanation that a reviewer turned into a rule: look-ups it covers are not proposed by later imports.
create table lookup_rule (
  id               uuid primary key,
  organisation_id  uuid not null references organisation(id),
  kind             varchar(20) not null check (kind in ('OFFICER_SUBJECT', 'TEAM_SOURCE')),
  officer_id       text,
  subject_id       text,
  team_id          text,
  source           text,
  action           text,
  valid_until      date,
  description      text not null,
  from_alert_id    uuid not null references lookup_alert(id),
  created_by       text not null,
  created_at       timestamptz not null
);
create index lookup_rule_organisation_idx on lookup_rule (organisation_id);

-- The four-eyes reveal: one reviewer asks, another approves, then only the asker sees the identities.
create table lookup_reveal (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  alert_id        uuid not null references lookup_alert(id),
  motivation      text not null,
  requested_by    text not null,
  requested_at    timestamptz not null,
  approved_by     text,
  approved_at     timestamptz
);
create index lookup_reveal_organisation_idx on lookup_reveal (organisation_id, alert_id);
