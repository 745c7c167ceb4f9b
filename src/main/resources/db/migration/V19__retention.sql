-- Issue 13, item 4: retention by data class (docs/ops/README.md, "Retention").

-- When the report's content data (URLs, hashes, hosting IP/provider/ASN) was removed; null while it is kept. The
-- purge walks (content_purged_at is null, received_at) from its start: only reports still holding content, oldest
-- first, however many were purged before.
alter table report add column content_purged_at timestamp with time zone;
create index report_content_retention_idx on report (content_purged_at, received_at);

-- "Aggregate first": a year's figures (the JSON and the CSV of GET /api/v1/stats/yearly, as answered) stored before
-- the first purge of content received in that year; from then on the yearly endpoints answer these, never a count
-- of what is left.
create table yearly_figures (
    figures_year  integer          not null primary key,
    figures_json  varchar(1048576) not null,
    figures_csv   varchar(1048576) not null,
    frozen_at     timestamp with time zone not null
);
