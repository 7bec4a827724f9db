-- The ethical climate survey (domain.md 10). Answers carry no identity, no timestamp and no order: responses are
-- written in shuffled batches with random ids, apart from the record of who took part (which holds no answers).
create table policy_survey (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  year            integer not null check (year between 2000 and 2100),
  title           text not null,
  respondent_groups text not null default '',
  status          varchar(10) not null,
  opens_on        date,
  closes_on       date,
  created_at      timestamptz not null
);
create index policy_survey_organisation_idx on policy_survey (organisation_id, year);

create table policy_survey_item (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  survey_id       uuid not null references policy_survey(id),
  dimension       varchar(20) not null,
  text            text not null,
  position        integer not null
);
create index policy_survey_item_survey_idx on policy_survey_item (organisation_id, survey_id);

-- Who received a one-time token: one per user and survey, so that nobody answers twice.
create table policy_survey_participant (
  survey_id       uuid not null references policy_survey(id),
  organisation_id uuid not null references organisation(id),
  user_id         uuid not null,
  primary key (survey_id, user_id)
);
create index policy_survey_participant_organisation_idx on policy_survey_participant (organisation_id);

-- Unused one-time tokens, by their SHA-256 hash only; a used token is deleted.
create table policy_survey_token (
  token_hash      varchar(64) primary key,
  survey_id       uuid not null references policy_survey(id),
  organisation_id uuid not null references organisation(id)
);
create index policy_survey_token_organisation_idx on policy_survey_token (organisation_id);

create table policy_survey_response (
  id               uuid primary key,
  organisation_id  uuid not null references organisation(id),
  survey_id        uuid not null references policy_survey(id),
  respondent_group text not null default ''
);
create index policy_survey_response_survey_idx on policy_survey_response (organisation_id, survey_id);

create table policy_survey_answer (
  response_id     uuid not null references policy_survey_response(id),
  item_id         uuid not null references policy_survey_item(id),
  score           smallint not null check (score between 1 and 5),
  primary key (response_id, item_id)
);

-- The yearly SWOT that turns the results into priorities, and where the coordinator places the year on the growth
-- phases of the integrity house (domain.md 2.2).
create table policy_climate_swot (
  organisation_id uuid not null references organisation(id),
  year            integer not null check (year between 2000 and 2100),
  strengths       text not null default '',
  weaknesses      text not null default '',
  opportunities   text not null default '',
  threats         text not null default '',
  priorities      text not null default '',
  growth_phase    varchar(30),
  primary key (organisation_id, year)
);
