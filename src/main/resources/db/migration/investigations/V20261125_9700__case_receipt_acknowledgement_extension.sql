-- Whistleblower terms count from the report's receipt (acknowledgement, 7 days) and from the acknowledgement
-- (feedback, 3 months; EU directive 2019/1937 art. 9, domain.md 13.3); the 20-week investigation term can be extended
-- once by at most 4 weeks (domain.md 6.1).
alter table investigation_case
  add column received_on      date,
  add column acknowledged_on  date,
  add column extension_weeks  int check (extension_weeks between 1 and 4),
  add column extension_reason text,
  add column extended_on      date,
  add column extended_by      varchar(100);

-- Existing cases: received when opened (the best that is known), acknowledged at their first acknowledgement step.
update investigation_case set received_on = opened_on;
update investigation_case c set acknowledged_on = (
  select min(s.occurred_on) from investigation_step s
   where s.organisation_id = c.organisation_id and s.case_id = c.id and s.kind = 'ACKNOWLEDGEMENT');

alter table investigation_case alter column received_on set not null;
