-- Units, job functions, staff members and their employment history. References between these tables carry the
-- organisation, so the database itself refuses a staff member in another organisation's unit.
create table unit (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  parent_id       uuid,
  code            varchar(30) not null,
  name            text not null,
  kind            varchar(20) not null check (kind in ('CORPS', 'DEPARTMENT', 'SERVICE', 'TEAM')),
  head_id         uuid,
  unique (organisation_id, code),
  unique (organisation_id, id),
  foreign key (organisation_id, parent_id) references unit (organisation_id, id)
);
create index unit_organisation_idx on unit (organisation_id);
create index unit_parent_idx on unit (parent_id);

create table job_function (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  name            text not null,
  vulnerable      boolean not null default false,
  unique (organisation_id, name),
  unique (organisation_id, id)
);
create index job_function_organisation_idx on job_function (organisation_id);

create table staff_member (
  id                     uuid primary key,
  organisation_id        uuid not null references organisation (id),
  personnel_number       varchar(40) not null,
  surname                text not null,
  given_name             text not null,
  grade                  varchar(60) not null,
  unit_id                uuid not null,
  job_function_id        uuid,
  employment_kind        varchar(20) not null
                         check (employment_kind in ('PERMANENT', 'TEMPORARY', 'INTERN', 'ASPIRANT', 'SECONDED')),
  first_line_manager_id  uuid,
  second_line_manager_id uuid,
  email                  varchar(200),
  entry_date             date not null,
  exit_date              date,
  anonymised_at          timestamptz,
  unique (organisation_id, personnel_number),
  unique (organisation_id, id),
  foreign key (organisation_id, unit_id) references unit (organisation_id, id),
  foreign key (organisation_id, job_function_id) references job_function (organisation_id, id),
  foreign key (organisation_id, first_line_manager_id) references staff_member (organisation_id, id),
  foreign key (organisation_id, second_line_manager_id) references staff_member (organisation_id, id)
);
create index staff_member_organisation_idx on staff_member (organisation_id);
create index staff_member_unit_idx on staff_member (unit_id);
create index staff_member_surname_idx on staff_member (organisation_id, lower(surname));

alter table unit add foreign key (organisation_id, head_id) references staff_member (organisation_id, id);

-- History is never overwritten: a transfer closes the current period (valid_to) and opens a new one.
create table employment_period (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  staff_member_id uuid not null,
  unit_id         uuid not null,
  job_function_id uuid,
  grade           varchar(60) not null,
  valid_from      date not null,
  valid_to        date,
  check (valid_to is null or valid_to >= valid_from),
  foreign key (organisation_id, staff_member_id) references staff_member (organisation_id, id),
  foreign key (organisation_id, unit_id) references unit (organisation_id, id),
  foreign key (organisation_id, job_function_id) references job_function (organisation_id, id)
);
create index employment_period_organisation_idx on employment_period (organisation_id);
create index employment_period_staff_idx on employment_period (staff_member_id, valid_from);
