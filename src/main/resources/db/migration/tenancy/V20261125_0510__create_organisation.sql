create table organisation (
  id          uuid primary key,
  code        varchar(40) not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name        text not null,
  kind        varchar(30) not null check (kind in ('LOCAL_ZONE', 'FEDERAL_POLICE', 'DUTCH_UNIT', 'INSPECTORATE')),
  zone_number varchar(10),
  locale      varchar(10) not null default 'nl',
  created_at  timestamptz not null default now()
);
