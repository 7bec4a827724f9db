-- Each user's X25519 key pair for encrypted content (the Advice Point). The private key is stored only encrypted:
-- once under a key derived from the user's password, once under a key derived from their recovery key.
create table user_key (
  user_id                  uuid primary key references app_user (id) on delete cascade,
  organisation_id          uuid not null references organisation (id),
  public_key               bytea not null,
  password_salt            bytea not null,
  private_key_by_password  bytea not null,
  recovery_salt            bytea not null,
  private_key_by_recovery  bytea not null,
  created_at               timestamptz not null default now()
);
create index user_key_organisation_idx on user_key (organisation_id);
