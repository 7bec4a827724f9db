-- The staff list (page and API) orders by "lower(surname), lower(given_name), id" within an organisation: this index
-- returns that order, so a page of a large zone's staff reads its rows instead of sorting all of them.
create index staff_member_list_idx on staff_member (organisation_id, lower(surname), lower(given_name), id);
drop index staff_member_surname_idx;
