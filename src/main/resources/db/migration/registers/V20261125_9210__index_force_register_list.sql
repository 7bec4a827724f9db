-- The use-of-force register lists an organisation's reports newest first: "where organisation_id = ? order by
-- occurred_on desc, created_at desc limit ? offset ?". This index returns them in that order (no sort of the whole
-- register for each page) and serves the date ranges of the narrower index it replaces.
create index force_report_list_idx on force_report (organisation_id, occurred_on desc, created_at desc);
drop index force_report_organisation_idx;
