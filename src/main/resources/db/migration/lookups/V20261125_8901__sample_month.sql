-- Samples are drawn per team and month of the look-ups, and each sampled look-up goes to the line manager that the
-- line-manager rule gives for its officer.
alter table lookup_sample add column month varchar(7);
