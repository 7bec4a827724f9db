-- Whether the line manager advises before the competent authority decides (the default workflow).
alter table register_settings add column ancillary_manager_advice boolean not null default true;
