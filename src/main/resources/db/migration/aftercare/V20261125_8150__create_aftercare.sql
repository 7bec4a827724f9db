-- Aftercare and wellbeing follow-up (domain.md 5.3): tasks and a contacts log per case and staff member. Nothing of the
-- case itself is kept here, only its id and reference; staff members and owners are referred to by id.
create table aftercare_task (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  case_id         uuid not null,
  case_reference  varchar(60) not null,
  kind            varchar(30) not null,
  staff_id        uuid,
  owner_id        uuid,
  due_on          date not null,
  status          varchar(10) not null default 'OPEN',
  note            text,
  checked_steps   text not null default '',
  created_at      timestamptz not null,
  done_at         timestamptz,
  done_by         varchar(200)
);
create index aftercare_task_organisation_idx on aftercare_task (organisation_id, status, due_on);
create index aftercare_task_case_idx on aftercare_task (organisation_id, case_id);
create index aftercare_task_owner_idx on aftercare_task (organisation_id, owner_id, status);

create table aftercare_contact (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  case_id         uuid not null,
  staff_id        uuid not null,
  contact_on      date not null,
  note            text not null,
  written_by      varchar(200) not null,
  created_at      timestamptz not null
);
create index aftercare_contact_case_idx on aftercare_contact (organisation_id, case_id);
