-- A year's statistics (page, API and yearly report) count the items received in the year by kind, month, channel
-- and fact code, and read the complaints closed in the year. With these covering indexes the counts read the index
-- alone (about 100,000 entries a year in a large zone) instead of every row of the register.
create index complaint_year_idx on complaint (organisation_id, received_on) include (kind, channel, fact_code);
create index complaint_closed_idx on complaint (organisation_id, closed_on) include (kind, outcome, received_on)
  where status = 'CLOSED';
