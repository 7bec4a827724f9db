-- Reports built in the background from the web page: the job's state and the finished file live in the database, so
-- that any instance behind a load balancer answers the progress poll and the download. Kept for a day
-- (ReportJobCleanup), then deleted: a report is rebuilt from the data in seconds.
create table report_job (
  id              uuid primary key,
  organisation_id uuid not null references organisation (id),
  owner_id        uuid not null,
  report          varchar(20) not null,
  year            integer not null,
  format          varchar(10) not null,
  status          varchar(10) not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  percent         integer not null default 0 check (percent between 0 and 100),
  error           text,
  file_name       text,
  content         bytea,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);
create index report_job_owner_idx on report_job (owner_id, created_at desc);
create index report_job_created_idx on report_job (created_at);
