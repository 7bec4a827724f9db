-- The training register (domain.md 8.2: the training plan O2, actions O1-O9 and H11) and the oath or values-document
-- register (2.3, 8.3). Staff members are referred to by id only, as in the other registers.

-- The organisation's courses, seeded with the actions of the Gent plan on first use; which are mandatory for whom.
create table training_course (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  code                varchar(20) not null,
  name                text not null,
  dilemma             boolean not null default false,
  mandatory_all       boolean not null default false,
  mandatory_functions text[] not null default '{}',
  renewal_months      integer,
  active              boolean not null default true,
  unique (organisation_id, code)
);
create index training_course_organisation_idx on training_course (organisation_id);

create table training_record (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  staff_id            uuid not null,
  unit_name           text not null,
  course_code         varchar(20) not null,
  completed_on        date not null,
  note                text not null default '',
  created_at          timestamptz not null
);
create index training_record_organisation_idx on training_record (organisation_id, completed_on);
create index training_record_staff_idx on training_record (staff_id);

create table oath_record (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  staff_id            uuid not null,
  unit_name           text not null,
  kind                varchar(30) not null,
  document            text not null default '',
  signed_on           date not null,
  created_at          timestamptz not null
);
create index oath_record_organisation_idx on oath_record (organisation_id, signed_on);
create index oath_record_staff_idx on oath_record (staff_id);

-- Reports imported from MISI keep their MISI reference, so that a file imported twice
-- adds nothing the second time.
alter table violence_report add column source varchar(10) not null default 'FORM';
alter table violence_report add column external_ref varchar(60);
create unique index violence_report_external_ref_idx on violence_report (organisation_id, external_ref);
