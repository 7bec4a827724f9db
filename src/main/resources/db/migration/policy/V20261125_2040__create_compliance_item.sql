-- The Dutch compliance table (domain.md 8.3, Bijlage 3): each legally required component, its basis, actors and status.
create table policy_compliance_item (
  id              uuid primary key,
  organisation_id uuid not null references organisation(id),
  component       text not null,
  legal_basis     text not null default '',
  actors          text not null default '',
  status          varchar(30) not null,
  created_at      timestamptz not null
);
create index policy_compliance_item_organisation_idx on policy_compliance_item (organisation_id);
