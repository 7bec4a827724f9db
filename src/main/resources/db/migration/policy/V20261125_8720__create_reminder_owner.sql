-- The account that receives the reminders of an action or recommendation; its owner column stays free text (a
-- service or "?"), so the account is optional and, without one, the coordinators are reminded.
create table policy_reminder_owner (
  record_type     varchar(30) not null,
  record_id       uuid not null,
  organisation_id uuid not null references organisation(id),
  user_id         uuid not null,
  primary key (record_type, record_id)
);
create index policy_reminder_owner_organisation_idx on policy_reminder_owner (organisation_id);
