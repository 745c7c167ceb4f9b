-- The assigned country (who must act on an item) beside its hosting country (where it is). They differ for an
-- orphan: content hosted in a country without an INHOPE member hotline is assigned to our own country, whose
-- Interpol contact takes it. Filled at intake from the routing rules; rows from before this migration are filled
-- once at start by AssignedCountryBackfill (the rule needs the partner registry, which SQL cannot see).
alter table report_content_item add column assigned_country char(2);

create index report_content_item_assigned_idx on report_content_item (assigned_country);
