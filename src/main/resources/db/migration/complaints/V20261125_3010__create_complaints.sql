-- Citizen complaints, compliments, questions, suggestions and tips (domain.md section 4): one register per
-- organisation, with the staff involved, a dated history of every step and the organisation's service level.
create table complaint (
  id                   uuid primary key,
  organisation_id      uuid not null references organisation (id),
  reference            varchar(30) not null,
  kind                 varchar(20) not null,
  channel              varchar(20) not null,
  received_on          date not null,
  description          text not null,
  occurred_on          date,
  occurred_time        time,
  location             text,
  involved_text        text,
  anonymous            boolean not null,
  complainant_name     text,
  complainant_email    text,
  complainant_phone    text,
  complainant_address  text,
  language             varchar(2) not null,
  status               varchar(20) not null,
  fact_code            varchar(10),
  tags                 text[] not null default '{}',
  route                varchar(20),
  route_note           text,
  outcome              varchar(30),
  acknowledgement      text,
  acknowledged_on      date,
  answer               text,
  closed_on            date,
  acknowledge_due      date not null,
  answer_due           date not null,
  duplicate_of         uuid,
  anonymised_at        timestamptz,
  created_at           timestamptz not null,
  unique (organisation_id, reference),
  unique (organisation_id, id),
  foreign key (organisation_id, duplicate_of) references complaint (organisation_id, id)
);
create index complaint_organisation_idx on complaint (organisation_id);
create index complaint_received_idx on complaint (organisation_id, received_on);

-- Staff are named by personnel number and name as told; staff_id and unit_id point into the people module by value.
create table complaint_staff (
  id               uuid primary key,
  organisation_id  uuid not null references organisation (id),
  complaint_id     uuid not null,
  staff_id         uuid,
  personnel_number text,
  name             text,
  unit_id          uuid,
  unit_name        text,
  manager_id       uuid,
  forwarded_on     date,
  foreign key (organisation_id, complaint_id) references complaint (organisation_id, id)
);
create index complaint_staff_organisation_idx on complaint_staff (organisation_id);
create index complaint_staff_complaint_idx on complaint_staff (complaint_id);
create index complaint_staff_staff_idx on complaint_staff (staff_id);

create table complaint_history (
  id               bigserial primary key,
  organisation_id  uuid not null references organisation (id),
  complaint_id     uuid not null,
  at               timestamptz not null,
  actor            text not null,
  step             varchar(40) not null,
  detail           text,
  foreign key (organisation_id, complaint_id) references complaint (organisation_id, id)
);
create index complaint_history_organisation_idx on complaint_history (organisation_id);
create index complaint_history_complaint_idx on complaint_history (complaint_id);

create table complaint_service_level (
  organisation_id  uuid primary key references organisation (id),
  acknowledge_days integer not null check (acknowledge_days between 1 and 100),
  answer_days      integer not null check (answer_days between 1 and 365)
);

create table complaint_counter (
  organisation_id  uuid not null references organisation (id),
  year             integer not null,
  last_number      integer not null,
  primary key (organisation_id, year)
);
