-- An organisation's own days off, besides weekends and Belgian public holidays (domain.md section 13, item 9).
create table day_off (
  organisation_id uuid not null references organisation (id),
  day             date not null,
  label           text not null,
  primary key (organisation_id, day)
);
create index day_off_organisation_idx on day_off (organisation_id);
