-- Scheduled jobs run on one instance only when several Kompas instances share the database: the instance that moves
-- a job's locked_until forward runs it, the others skip that run.
create table job_lock (
  name         varchar(100) primary key,
  locked_until timestamptz not null,
  locked_at    timestamptz not null,
  locked_by    text not null
);
