-- Roles are data: each organisation has its own copy of the role catalogue, with its own titles, permissions and
-- second-factor rule.
create table role (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  code            varchar(60) not null,
  title           text,
  mfa_required    boolean not null default false,
  unique (organisation_id, code)
);

create table role_permission (
  role_id    uuid not null references role (id) on delete cascade,
  permission varchar(80) not null,
  primary key (role_id, permission)
);

-- Default grants declared by modules are applied once, so that an administrator who withdraws one keeps it withdrawn.
create table default_grant_applied (
  organisation_id uuid not null references organisation (id),
  role_code       varchar(60) not null,
  permission      varchar(80) not null,
  primary key (organisation_id, role_code, permission)
);

create table app_user (
  id                uuid primary key,
  organisation_id   uuid not null references organisation (id),
  username          varchar(80) not null unique,
  display_name      text not null,
  password_hash     text not null,
  locale            varchar(10),
  totp_secret       varchar(64),
  totp_enabled      boolean not null default false,
  totp_last_step    bigint,
  failed_attempts   int not null default 0,
  locked_until      timestamptz,
  staff_member_id   uuid,
  enabled           boolean not null default true,
  created_at        timestamptz not null default now(),
  last_login_at     timestamptz
);
create index app_user_organisation_idx on app_user (organisation_id);

create table user_role (
  user_id uuid not null references app_user (id) on delete cascade,
  role_id uuid not null references role (id) on delete cascade,
  primary key (user_id, role_id)
);

create table api_token (
  id           uuid primary key,
  user_id      uuid not null references app_user (id) on delete cascade,
  name         text not null,
  token_hash   char(64) not null unique,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
