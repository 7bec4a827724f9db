-- An archived report is read only through a request that the DPO approved; both steps are in the audit trail.
create table advice_archive_request (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  report_id       uuid not null references advice_report (id) on delete cascade,
  requested_by    uuid not null references app_user (id),
  reason          text not null,
  requested_on    date not null,
  approved_by     uuid references app_user (id),
  approved_on     date
);
create index advice_archive_request_organisation_idx on advice_archive_request (organisation_id);
