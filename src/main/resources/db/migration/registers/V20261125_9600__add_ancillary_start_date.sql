-- The day the ancillary activity starts, as the applicant states it (optional). An application made on or after that
-- day is late (early-warning indicator registers.ancillary-late).
alter table ancillary_activity add column starts_on date;
