-- Internal investigations and discipline (domain.md section 5): cases owned by Bureau Intern Toezicht or Bureau Tucht,
-- their staff concerned, assigned investigators, steps, documents, decisions, measures and information duties.
create table investigation_case (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  reference            varchar(30) not null,
  bureau               varchar(30) not null,
  origin               varchar(30) not null,
  origin_reference     varchar(60),
  origin_id            uuid,
  status               varchar(20) not null,
  track                varchar(40),
  opened_on            date not null,
  summary              text,
  facts                text,
  fact_codes           text[] not null default '{}',
  risk_families        text[] not null default '{}',
  advice               text,
  logging_needed       boolean not null default false,
  criminal_elements    boolean not null default false,
  media_sensitive      boolean not null default false,
  measures_expected    boolean not null default false,
  triaged_on           date,
  triaged_by           varchar(100),
  track_reason         text,
  outcome              varchar(40),
  sanction_code        varchar(40),
  decision_text        text,
  anonymised_facts     text,
  aggravating          text[] not null default '{}',
  mitigating           text[] not null default '{}',
  decided_on           date,
  decided_by           varchar(100),
  outcome_informed_on  date,
  file_open_to_staff   boolean not null default false,
  closed_on            date,
  retention_class      varchar(20),
  unit_id              uuid,
  staff_count          int not null default 0,
  purged_at            timestamptz,
  created_at           timestamptz not null,
  unique (organisation_id, reference),
  unique (organisation_id, id)
);
create index investigation_case_organisation_idx on investigation_case (organisation_id);

create table investigation_staff (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  staff_id             uuid,
  name                 text,
  personnel_number     varchar(40),
  unit_id              uuid,
  unit_name            text,
  performance_manager  uuid
);
create index investigation_staff_case_idx on investigation_staff (organisation_id, case_id);

create table investigation_assignment (
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  user_id              uuid not null,
  username             varchar(100) not null,
  display_name         text not null,
  assigned_at          timestamptz not null,
  primary key (case_id, user_id)
);
create index investigation_assignment_org_idx on investigation_assignment (organisation_id, user_id);

create table investigation_conflict (
  organisation_id      uuid not null references organisation (id),
  user_id              uuid not null,
  staff_id             uuid not null,
  reason               text,
  declared_at          timestamptz not null,
  primary key (organisation_id, user_id, staff_id)
);

create table investigation_step (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  kind                 varchar(40) not null,
  occurred_on          date not null,
  staff_id             uuid,
  text                 text,
  representative       text,
  signed_at            timestamptz,
  recorded_by          varchar(100) not null,
  recorded_at          timestamptz not null
);
create index investigation_step_case_idx on investigation_step (organisation_id, case_id);

create table investigation_document (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  name                 text not null,
  version              int not null,
  content_type         varchar(100) not null,
  content              bytea not null,
  sha256               varchar(64) not null,
  uploaded_by          varchar(100) not null,
  uploaded_at          timestamptz not null,
  unique (case_id, name, version)
);
create index investigation_document_case_idx on investigation_document (organisation_id, case_id);

-- Reference data: the sanctions and measures a decision can impose (domain.md section 13, decision 2); the
-- jurisdiction column leaves room for the Dutch list.
create table investigation_sanction (
  code                 varchar(40) primary key,
  jurisdiction         varchar(2) not null,
  category             varchar(30) not null,
  position             int not null
);
insert into investigation_sanction (code, jurisdiction, category, position) values
  ('WARNING', 'BE', 'LIGHT_SANCTION', 10),
  ('REPRIMAND', 'BE', 'LIGHT_SANCTION', 20),
  ('SALARY_DEDUCTION', 'BE', 'HEAVY_SANCTION', 30),
  ('DISCIPLINARY_SUSPENSION', 'BE', 'HEAVY_SANCTION', 40),
  ('DEMOTION', 'BE', 'HEAVY_SANCTION', 50),
  ('DISMISSAL_EX_OFFICIO', 'BE', 'HEAVY_SANCTION', 60),
  ('REMOVAL', 'BE', 'HEAVY_SANCTION', 70),
  ('SUSPENSION_INTEREST_OF_SERVICE', 'BE', 'PRECAUTIONARY', 80),
  ('VERBAL_REMARK', 'BE', 'NON_DISCIPLINARY', 90),
  ('WORK_NOTE', 'BE', 'NON_DISCIPLINARY', 100),
  ('PERFORMANCE_NOTE', 'BE', 'NON_DISCIPLINARY', 110),
  ('RESTORATIVE_TALK', 'BE', 'NON_DISCIPLINARY', 120),
  ('MEDIATION', 'BE', 'NON_DISCIPLINARY', 130),
  ('EXTRA_TRAINING', 'BE', 'NON_DISCIPLINARY', 140),
  ('COMMENDATION_NOTE', 'BE', 'COMMENDATION', 150);

create table investigation_measure (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  code                 varchar(40) not null references investigation_sanction (code),
  staff_id             uuid,
  starts_on            date not null,
  ends_on              date,
  note                 text,
  recorded_by          varchar(100) not null,
  recorded_at          timestamptz not null
);
create index investigation_measure_case_idx on investigation_measure (organisation_id, case_id);

create table investigation_information_duty (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  recipient            varchar(30) not null,
  subject              text not null,
  due_on               date,
  sent_on              date,
  sent_by              varchar(100),
  recipient_name       text
);
create index investigation_duty_case_idx on investigation_information_duty (organisation_id, case_id);

-- Terms that the sources leave open (domain.md section 13): per organisation, defaults documented in the settings page.
create table investigation_settings (
  organisation_id      uuid primary key references organisation (id),
  triage_working_days  int not null,
  inform_working_days  int not null,
  investigation_working_days int not null,
  decision_working_days int not null,
  warning_working_days int not null
);

create table investigation_deadline_warning (
  organisation_id      uuid not null references organisation (id),
  case_id              uuid not null references investigation_case (id) on delete cascade,
  deadline             varchar(30) not null,
  due_on               date not null,
  warned_on            date not null,
  primary key (case_id, deadline, due_on)
);
