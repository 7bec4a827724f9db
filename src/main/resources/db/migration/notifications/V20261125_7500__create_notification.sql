-- In-app notices (reminders, information duties). Addressed to one user, a permission or a role of an organisation;
-- read state is kept per reader, because a notice to a permission has many readers.
create table notification (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  user_id         uuid references app_user (id),
  permission      text,
  role            text,
  message_key     text not null,
  arguments       text[] not null,
  link            text not null,
  due_on          date,
  notice_key      text not null,
  sent_at         timestamptz not null,
  constraint notification_one_addressee check (num_nonnulls(user_id, permission, role) = 1),
  unique (organisation_id, notice_key)
);
create index notification_organisation_idx on notification (organisation_id, sent_at desc);

create table notification_read (
  notification_id uuid not null references notification (id) on delete cascade,
  user_id         uuid not null references app_user (id),
  read_at         timestamptz not null,
  primary key (notification_id, user_id)
);
