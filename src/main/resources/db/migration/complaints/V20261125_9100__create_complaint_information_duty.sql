-- The information duties of a complaint (domain.md 1.4, 4.1 and 4.4): the customer coordinator informs Comité P and
-- the AIG of complaints and their outcome, and the services concerned and the colleagues involved. One row per
-- recipient and occasion; recipient_key tells apart the units (services) and involved staff rows of one occasion, and
-- is '' for the control bodies. arose_on is the day of the step (receipt, routing, closing) that the due day counts
-- from. The message is the text as sent, in its language.
create table complaint_information_duty (
  id               uuid primary key,
  organisation_id  uuid not null references organisation (id),
  complaint_id     uuid not null,
  occasion         varchar(20) not null,
  recipient        varchar(30) not null,
  recipient_key    varchar(40) not null default '',
  recipient_name   text,
  arose_on         date not null,
  due_on           date not null,
  sent_on          date,
  sent_by          text,
  language         varchar(2),
  message          text,
  created_at       timestamptz not null,
  unique (organisation_id, complaint_id, occasion, recipient, recipient_key),
  foreign key (organisation_id, complaint_id) references complaint (organisation_id, id)
);
create index complaint_duty_open_idx on complaint_information_duty (organisation_id, due_on) where sent_on is null;
create index complaint_duty_complaint_idx on complaint_information_duty (organisation_id, complaint_id);
