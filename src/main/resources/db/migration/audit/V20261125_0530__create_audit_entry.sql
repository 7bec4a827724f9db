create table audit_entry (
  seq             bigserial primary key,
  occurred_at     timestamptz not null,
  organisation_id uuid,
  actor           text not null,
  action          varchar(80) not null,
  record_type     varchar(80),
  record_id       text,
  subject         text,
  details         text,
  prev_hash       char(64) not null,
  hash            char(64) not null
);
create index audit_entry_organisation_idx on audit_entry (organisation_id, seq desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
create index audit_entry_subject_idx on audit_entry (lower(subject));
create index audit_entry_actor_idx on audit_entry (lower(actor));

-- The trail is append-only: the database itself refuses to change or remove an entry. Someone who disables these
-- triggers still cannot hide an edit, because the hash chain breaks at that entry.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
  for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_refuse_change();
