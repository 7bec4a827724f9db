-- A wrapped report key made for a user's old public key, after that user replaced a key pair they could no longer
-- open: useless to them until an entitled user (the facilitator) wraps the report key again for the new public key.
alter table advice_report_key add column needs_regrant boolean not null default false;
