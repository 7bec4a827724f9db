-- The registers of issue 9. Staff members are referred to by id only: the people module owns them, and a staff record
-- that is anonymised later must not take the register entries (and their statistics) with it.
create table register_settings (
  organisation_id          uuid primary key references organisation (id),
  gift_threshold           numeric(10, 2) not null default 50,
  forbidden_givers         text not null default '',
  conflict_keywords        text not null default '',
  ancillary_validity_years integer not null default 3,
  career_screening         boolean not null default false,
  screening_interval_years integer not null default 5
);

create table force_means (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  code            varchar(40) not null,
  name            text not null,
  active          boolean not null default true,
  unique (organisation_id, code)
);
create index force_means_organisation_idx on force_means (organisation_id);

create table force_report (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  officer_id          uuid not null,
  unit_name           text not null,
  occurred_on         date not null,
  place               text not null,
  incident_type       varchar(30) not null,
  involved            uuid[] not null default '{}',
  means               text[] not null default '{}',
  reason              text not null,
  subject_injuries    text not null default '',
  staff_injuries      text not null default '',
  medical_care        boolean not null default false,
  body_camera         boolean not null default false,
  incident_report     text not null default '',
  went_well           text not null default '',
  did_well            text not null default '',
  would_repeat        text not null default '',
  status              varchar(20) not null,
  supervisor_id       uuid,
  supervisor_remark   text not null default '',
  analysis            text not null default '',
  lesson              text not null default '',
  action_code         varchar(20) not null default '',
  source              varchar(10) not null default 'FORM',
  created_at          timestamptz not null,
  updated_at          timestamptz not null
);
create index force_report_organisation_idx on force_report (organisation_id, occurred_on);
create index force_report_officer_idx on force_report (officer_id);
create index force_report_supervisor_idx on force_report (supervisor_id);

create table violence_report (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  victim_id           uuid not null,
  unit_name           text not null,
  occurred_on         date not null,
  place               text not null,
  violence_type       varchar(30) not null,
  injuries            text not null default '',
  incapacity_days     integer not null default 0,
  circumstances       text not null,
  aftercare_offered   boolean not null default false,
  legal_follow_up     varchar(30) not null,
  created_at          timestamptz not null
);
create index violence_report_organisation_idx on violence_report (organisation_id, occurred_on);
create index violence_report_victim_idx on violence_report (victim_id);

create table ancillary_activity (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  staff_id            uuid not null,
  unit_name           text not null,
  activity            text not null,
  employer            text not null,
  hours_per_month     integer not null,
  paid                boolean not null,
  conflicts           text not null default '',
  alerts              text[] not null default '{}',
  status              varchar(20) not null,
  adviser_id          uuid,
  advice              varchar(20),
  advice_text         text not null default '',
  decision_reasons    text not null default '',
  conditions          text not null default '',
  valid_until         date,
  created_at          timestamptz not null,
  updated_at          timestamptz not null
);
create index ancillary_activity_organisation_idx on ancillary_activity (organisation_id);
create index ancillary_activity_staff_idx on ancillary_activity (staff_id);

create table gift_declaration (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  staff_id            uuid not null,
  unit_name           text not null,
  kind                varchar(20) not null,
  description         text not null,
  giver               text not null,
  occasion            text not null default '',
  estimated_value     numeric(10, 2) not null,
  accepted            boolean not null,
  received_on         date not null,
  warnings            text[] not null default '{}',
  review_remark       text not null default '',
  reviewed            boolean not null default false,
  created_at          timestamptz not null
);
create index gift_declaration_organisation_idx on gift_declaration (organisation_id, received_on);
create index gift_declaration_staff_idx on gift_declaration (staff_id);

create table screening_record (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  staff_id            uuid not null,
  kind                varchar(30) not null,
  due_on              date not null,
  done_on             date,
  outcome             varchar(20),
  outcome_note        text not null default '',
  created_at          timestamptz not null
);
create index screening_record_organisation_idx on screening_record (organisation_id, due_on);
create index screening_record_staff_idx on screening_record (staff_id);

-- Follow-up work the registers hand to personnel care: a debriefing after force, aftercare after violence.
create table register_task (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  kind                varchar(20) not null,
  source_id           uuid not null,
  staff_id            uuid not null,
  status              varchar(10) not null default 'OPEN',
  created_at          timestamptz not null,
  done_at             timestamptz
);
create index register_task_organisation_idx on register_task (organisation_id, status);
