-- Files sent with a complaint (public form, public API, or added by the coordinator), stored after their metadata
-- was stripped (be.kompas.core.attachments). The original file name is not kept: it may identify the sender.
create table complaint_attachment (
  id               uuid primary key,
  organisation_id  uuid not null references organisation (id),
  complaint_id     uuid not null,
  filename         varchar(40) not null,
  media_type       varchar(100) not null,
  removed          text[] not null default '{}',
  size_bytes       integer not null,
  content          bytea not null,
  foreign key (organisation_id, complaint_id) references complaint (organisation_id, id)
);
create index complaint_attachment_complaint_idx on complaint_attachment (organisation_id, complaint_id);
