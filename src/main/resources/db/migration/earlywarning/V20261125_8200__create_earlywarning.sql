-- Early warning: exposure, peer groups, versioned rules, evaluation runs and alerts. Staff members are referenced by
-- value (the people module owns them).

-- Hours on duty, interventions and arrests per staff member and period, as imported (CSV or API).
create table earlywarning_exposure (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  staff_id        uuid not null,
  period_start    date not null,
  period_end      date not null,
  hours           numeric(9, 1) not null check (hours >= 0),
  interventions   integer not null check (interventions >= 0),
  arrests         integer not null check (arrests >= 0),
  imported_by     text not null,
  imported_at     timestamptz not null,
  check (period_end >= period_start),
  unique (organisation_id, staff_id, period_start)
);
create index earlywarning_exposure_organisation_idx on earlywarning_exposure (organisation_id, period_start);

-- The kind of work a unit does (intervention, neighbourhood, ...), for peer groups; without a row the unit's level.
create table earlywarning_unit_type (
  organisation_id uuid not null references organisation (id),
  unit_id         uuid not null,
  unit_type       varchar(60) not null,
  primary key (organisation_id, unit_id)
);

-- Rules are never overwritten: a change is a new version; the highest version of a code is the rule in force.
create table earlywarning_rule (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  code            varchar(60) not null,
  version         integer not null,
  indicator       varchar(60) not null,
  window_months   integer not null check (window_months between 1 and 36),
  denominator     varchar(20) not null check (denominator in ('NONE', 'HOURS', 'INTERVENTIONS', 'ARRESTS')),
  threshold       integer check (threshold >= 1),
  min_percentile  integer check (min_percentile between 1 and 99),
  combination     varchar(3) not null check (combination in ('AND', 'OR')),
  min_peers       integer not null check (min_peers >= 1),
  active          boolean not null,
  note            text not null default '',
  created_by      text not null,
  created_at      timestamptz not null,
  check (threshold is not null or min_percentile is not null),
  unique (organisation_id, code, version),
  unique (organisation_id, id)
);
create index earlywarning_rule_organisation_idx on earlywarning_rule (organisation_id, code);

create table earlywarning_settings (
  organisation_id uuid primary key references organisation (id),
  reviewer_role   varchar(60) not null,
  expiry_months   integer not null check (expiry_months between 1 and 60)
);

create table earlywarning_run (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  triggered_by    text not null,
  started_at      timestamptz not null,
  finished_at     timestamptz,
  total           integer not null default 0,
  done            integer not null default 0,
  alerts          integer not null default 0,
  failed          boolean not null default false
);
create index earlywarning_run_organisation_idx on earlywarning_run (organisation_id, started_at desc);

create table earlywarning_alert (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  staff_id        uuid not null,
  rule_id         uuid not null,
  run_id          uuid references earlywarning_run (id),
  window_from     date not null,
  window_to       date not null,
  event_count     integer not null,
  exposure        numeric(12, 1) not null,
  percentile      integer,
  peers           integer not null,
  peer_group      text not null,
  reviewer_id     uuid,
  reviewer_name   text,
  assessment      text,
  outcome         varchar(20) check (outcome in ('NO_ACTION', 'CONVERSATION', 'SUPPORT', 'TRAINING', 'REFERRAL')),
  assessed_by     text,
  assessed_at     timestamptz,
  informed_on     date,
  informed_how    varchar(20) check (informed_how in ('CONVERSATION', 'LETTER', 'EMAIL')),
  informed_by     text,
  expires_on      date not null,
  created_at      timestamptz not null,
  foreign key (organisation_id, rule_id) references earlywarning_rule (organisation_id, id)
);
create index earlywarning_alert_organisation_idx on earlywarning_alert (organisation_id, created_at desc);
create index earlywarning_alert_staff_idx on earlywarning_alert (organisation_id, staff_id);
create index earlywarning_alert_reviewer_idx on earlywarning_alert (reviewer_id);
