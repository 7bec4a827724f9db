-- The Advice Point board pages through an organisation's live reports, open work first, then by deadline:
-- "order by status in ('CLOSED', 'FORWARDED'), acknowledge_by, reference". This index returns that order.
create index advice_report_work_list_idx
  on advice_report (organisation_id, (status in ('CLOSED', 'FORWARDED')), acknowledge_by, reference)
  where not archived and shredded_on is null;
