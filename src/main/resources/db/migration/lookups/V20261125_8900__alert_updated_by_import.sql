-- A later import that proposes a look-up again (a re-import, or later events that complete a repeat) adds its reasons
-- to the existing alert instead of a second one; this is the last import that did.
alter table lookup_alert add column updated_by_import uuid references lookup_import(id);
create index lookup_alert_event_idx on lookup_alert (organisation_id, event_id);
