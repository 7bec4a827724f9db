-- Each change of a retention period is a new row, so the history of who set what stays on record; the newest row of
-- a record type is its current policy. A record type without a row has "retention not set" and is never purged.
create table retention_policy (
  id              bigserial primary key,
  organisation_id uuid not null references organisation(id),
  record_type     varchar(80) not null,
  amount          integer not null check (amount > 0),
  unit            varchar(10) not null check (unit in ('DAYS', 'MONTHS', 'YEARS')),
  set_by          text not null,
  set_at          timestamptz not null
);
create index retention_policy_organisation_idx on retention_policy (organisation_id, record_type, id desc);

create table purge_run (
  id              bigserial primary key,
  organisation_id uuid not null references organisation(id),
  record_type     varchar(80) not null,
  cut_off         timestamptz not null,
  purged          integer not null,
  failed          boolean not null,
  ran_at          timestamptz not null,
  triggered_by    text not null
);
create index purge_run_organisation_idx on purge_run (organisation_id, record_type, id desc);
