-- The integrity framework map (domain.md 2.1, 2.2): the organisation's instruments, processes and structures, placed on
-- the IMF and on the integrity house, with where each stands and the actions of the action plan that build it.
create table policy_framework_element (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  name            text not null,
  function        varchar(20) not null,
  pillar          varchar(20),
  house_element   varchar(30),
  owner           text not null default '',
  state           varchar(20) not null,
  module          varchar(40),
  notes           text not null default '',
  created_at      timestamptz not null
);
create index policy_framework_element_organisation_idx on policy_framework_element (organisation_id);

create table policy_framework_action (
  element_id      uuid not null references policy_framework_element(id),
  action_id       uuid not null references policy_action(id),
  organisation_id uuid not null references organisation(id),
  primary key (element_id, action_id)
);
create index policy_framework_action_organisation_idx on policy_framework_action (organisation_id);
