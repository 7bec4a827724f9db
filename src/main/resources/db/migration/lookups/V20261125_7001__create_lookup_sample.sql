-- A random sample of explained look-ups per team and import, that a reviewer sends to the team's line manager to
-- confirm the purpose: a deterrent, and a check that the engine's explanations hold.
create table lookup_sample (
  id                uuid primary key,
  organisation_id   uuid not null references organisation(id),
  import_id         uuid not null references lookup_import(id),
  team_id           text not null,
  event_id          text not null,
  officer_id        text not null,
  subject_pseudonym varchar(20) not null,
  occurred_at       timestamptz,
  source            text,
  action            text,
  case_ref          text not null,
  sent_to           text,
  sent_at           timestamptz,
  status            varchar(20) not null check (status in ('NEW', 'SENT', 'CONFIRMED', 'QUESTIONED')),
  answered_at       timestamptz
);
create index lookup_sample_organisation_idx on lookup_sample (organisation_id, import_id, team_id);
create index lookup_sample_recipient_idx on lookup_sample (organisation_id, sent_to);
