-- Risk register (Fine & Kinney, domain.md 7.1). Functions and units are kept by name: the people module owns their
-- tables, and a risk analysis names profiles that need not match one job function exactly.
create table policy_risk (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  title           text not null,
  description     text not null default '',
  family          varchar(40) not null,
  functions       text not null default '',
  units           text not null default '',
  template_row    integer,
  created_at      timestamptz not null
);
create index policy_risk_organisation_idx on policy_risk (organisation_id);

-- A reassessment is a new row, never an update, so the history of every score stays on record; the newest row is the
-- risk's current assessment. Scale values are stored as the numbers of the scale (0.5 included).
create table policy_risk_assessment (
  id              bigserial primary key,
  organisation_id uuid not null references organisation(id),
  risk_id         uuid not null references policy_risk(id),
  gross_probability numeric(4,1) not null,
  gross_exposure  numeric(4,1) not null,
  gross_effect    numeric(4,1) not null,
  net_probability numeric(4,1) not null,
  net_exposure    numeric(4,1) not null,
  net_effect      numeric(4,1) not null,
  note            text not null default '',
  assessed_by     text not null,
  assessed_at     timestamptz not null
);
create index policy_risk_assessment_organisation_idx on policy_risk_assessment (organisation_id, risk_id, id desc);

create table policy_control_measure (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  risk_id         uuid not null references policy_risk(id),
  description     text not null,
  owner           text not null default '',
  created_at      timestamptz not null
);
create index policy_control_measure_organisation_idx on policy_control_measure (organisation_id, risk_id);

-- The yearly risk-analysis session (domain.md 7.1, 7.4): who took part and which sources were looked at.
create table policy_risk_session (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  held_on         date not null,
  participants    text not null,
  sources         text not null default '',
  notes           text not null default '',
  recorded_by     text not null,
  recorded_at     timestamptz not null
);
create index policy_risk_session_organisation_idx on policy_risk_session (organisation_id, held_on desc);

-- Integrity action plan (domain.md 8): programme -> objectives -> actions. The owner is free text because sources
-- name services ("DHR") or nobody ("?"); an empty owner is shown as unknown.
create table policy_action (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  domain          varchar(20) not null,
  code            varchar(20) not null,
  title           text not null,
  objective       text not null default '',
  owner           text not null default '',
  partners        text not null default '',
  planned_quarter varchar(10) not null default '',
  due_date        date,
  status          varchar(20) not null,
  indicator       text not null default '',
  evaluation      text not null default '',
  created_at      timestamptz not null,
  unique (organisation_id, code)
);
create index policy_action_organisation_idx on policy_action (organisation_id, domain, code);

create table policy_action_note (
  id              bigserial primary key,
  organisation_id uuid not null references organisation(id),
  action_id       uuid not null references policy_action(id),
  text            text not null,
  written_by      text not null,
  written_at      timestamptz not null
);
create index policy_action_note_organisation_idx on policy_action_note (organisation_id, action_id, id desc);

create table policy_risk_action (
  organisation_id uuid not null references organisation(id),
  risk_id         uuid not null references policy_risk(id),
  action_id       uuid not null references policy_action(id),
  primary key (risk_id, action_id)
);
create index policy_risk_action_organisation_idx on policy_risk_action (organisation_id);
