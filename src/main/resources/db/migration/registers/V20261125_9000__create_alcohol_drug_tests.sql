-- Random alcohol and drug tests (domain.md 9.5), only where an organisation runs them: off by default.
alter table register_settings add column alcohol_drug_tests boolean not null default false;

-- A random draw keeps its seed and the ordered population it shuffled, so that anyone can redo it and check.
create table alcohol_drug_draw (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  drawn_at            timestamptz not null,
  drawn_by            text not null,
  unit_id             uuid,
  unit_name           text,
  substance           varchar(20) not null,
  test_on             date not null,
  requested_count     integer,
  requested_percent   integer,
  seed                bigint not null,
  population          uuid[] not null,
  selected            uuid[] not null
);
create index alcohol_drug_draw_organisation_idx on alcohol_drug_draw (organisation_id, drawn_at);

-- One test of one staff member; the result stays empty until it is recorded. Health data: the purge removes who
-- and what was read, and keeps the date, kind and result for the yearly counts.
create table alcohol_drug_test (
  id                  uuid primary key,
  organisation_id     uuid not null references organisation (id),
  draw_id             uuid references alcohol_drug_draw (id),
  staff_id            uuid not null,
  unit_name           text not null,
  substance           varchar(20) not null,
  tested_on           date not null,
  result              varchar(20),
  test_values         text not null default '',
  follow_up           varchar(30) not null default 'NONE',
  follow_up_note      text not null default '',
  created_at          timestamptz not null
);
create index alcohol_drug_test_organisation_idx on alcohol_drug_test (organisation_id, tested_on);
create index alcohol_drug_test_staff_idx on alcohol_drug_test (staff_id);
