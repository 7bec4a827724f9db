-- Cases decided before this version arrived with the investigations module's names of the company-resource families
-- (RESOURCES_GOODS, ...); case law labels, searches and compares the policy taxonomy's names (GOODS, ...).
update caselaw_entry
   set risk_families = array(select name
                               from (select regexp_replace(f, '^RESOURCES_', '') as name, min(ord) as first
                                       from unnest(risk_families) with ordinality as t(f, ord)
                                      group by 1) names
                              order by first)
 where exists (select 1 from unnest(risk_families) as f where f like 'RESOURCES\_%');
