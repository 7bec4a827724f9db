-- The Integrity Advice Point. Everything a reporter writes is encrypted with a random key per report; the database
-- holds only ciphertext, dates without a time, and random identifiers, so that neither content nor the order or
-- moment of submission can be read from it.

-- A secret salt per organisation for the reporters' lookup tags, so that a tag cannot be matched across
-- organisations or precomputed without this table.
create table advice_secret (
  organisation_id uuid primary key references organisation (id),
  lookup_salt     bytea not null
);

-- The configurable category list; seeded categories take their label from the bundles, added ones carry their own.
create table advice_category (
  organisation_id uuid not null references organisation (id),
  code            varchar(60) not null,
  label           text,
  position        int not null,
  active          boolean not null default true,
  primary key (organisation_id, code)
);
create index advice_category_organisation_idx on advice_category (organisation_id);

create table advice_report (
  id                    uuid primary key,
  organisation_id       uuid not null references organisation (id),
  reference             varchar(20) not null unique,
  kind                  varchar(20) not null check (kind in ('QUESTION', 'SUSPICION', 'WHISTLEBLOWER')),
  category_code         varchar(60) not null,
  status                varchar(20) not null
                          check (status in ('RECEIVED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED', 'FORWARDED')),
  received_on           date not null,
  acknowledge_by        date not null,
  answer_by             date not null,
  acknowledged_on       date,
  answered_on           date,
  closed_on             date,
  forwarded_to          varchar(20),
  case_reference        varchar(30),
  -- Argon2id of organisation and normalised self-chosen name under the organisation's secret salt.
  lookup_tag            bytea,
  reporter_salt         bytea,
  -- The report key wrapped under Argon2id(name, passphrase, reporter_salt).
  reporter_key          bytea,
  text_ciphertext       bytea,
  name_ciphertext       bytea,
  identity_ciphertext   bytea,
  routing_ciphertext    bytea,
  archived              boolean not null default false,
  shredded_on           date
);
create index advice_report_organisation_idx on advice_report (organisation_id);
create index advice_report_lookup_idx on advice_report (lookup_tag);

-- The report key wrapped for each entitled user's X25519 public key: facilitators and helpers at submission,
-- coaches when assigned. No row, no reading.
create table advice_report_key (
  report_id       uuid not null references advice_report (id) on delete cascade,
  user_id         uuid not null references app_user (id),
  organisation_id uuid not null references organisation (id),
  assigned        boolean not null,
  wrapped_key     bytea not null,
  primary key (report_id, user_id)
);
create index advice_report_key_organisation_idx on advice_report_key (organisation_id);
create index advice_report_key_user_idx on advice_report_key (user_id);

create table advice_message (
  id              uuid primary key,
  report_id       uuid not null references advice_report (id) on delete cascade,
  organisation_id uuid not null references organisation (id),
  position        int not null,
  content         bytea not null,
  unique (report_id, position)
);
create index advice_message_organisation_idx on advice_message (organisation_id);

create table advice_attachment (
  id              uuid primary key,
  report_id       uuid not null references advice_report (id) on delete cascade,
  organisation_id uuid not null references organisation (id),
  description     bytea not null,
  content         bytea not null
);
create index advice_attachment_organisation_idx on advice_attachment (organisation_id);
create index advice_attachment_report_idx on advice_attachment (report_id);

-- Failed reporter logins per lookup tag: repeated failures for one name slow down further attempts, without any
-- client address.
create table advice_login_throttle (
  lookup_tag    bytea primary key,
  failures      int not null,
  blocked_until timestamptz
);
