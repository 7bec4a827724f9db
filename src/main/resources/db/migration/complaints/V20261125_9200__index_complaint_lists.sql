-- The inbox (page and API) lists an organisation's items newest first: "where organisation_id = ? [and filters]
-- order by received_on desc, reference desc limit ? offset ?". This index returns them in that order, so a page
-- reads its rows and stops, also with a date range; it replaces the two narrower indexes it covers.
create index complaint_inbox_idx on complaint (organisation_id, received_on desc, reference desc);
drop index complaint_received_idx;
drop index complaint_organisation_idx;

-- Filtering by status, in the same order.
create index complaint_status_idx on complaint (organisation_id, status, received_on desc, reference desc);

-- Open work (not closed: the overdue filter and count, the reporting counters) is a small part of a large register.
create index complaint_open_idx on complaint (organisation_id, received_on desc, reference desc)
  include (answer_due, acknowledge_due, acknowledged_on)
  where status <> 'CLOSED';
