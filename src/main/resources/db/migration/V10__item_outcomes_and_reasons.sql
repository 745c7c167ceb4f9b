-- Issue 12, items 3 and 5: outcomes per content item and receiver, and the reasons for UNAVAILABLE and NOT_ILLEGAL.

-- Why content was not found or not illegal there (a FeedbackReason); null for every other type.
alter table feedback add column reason varchar(40);

-- The items one feedback row is about, as resolved when it was applied (the report's item positions).
create table feedback_item (
    feedback_row  bigint  not null references feedback (id),
    position      integer not null,
    primary key (feedback_row, position)
);

-- Where each content item stands with each receiver that got it: the furthest feedback about that item (a
-- FeedbackType, applied in the order of the items' own times; null: none yet) and its reason. One more outcome,
-- such as MOVED, is one more value of furthest_feedback.
create table item_status (
    reference          varchar(32) not null references report (reference),
    position           integer     not null,
    partner_id         varchar(64) not null,
    furthest_feedback  varchar(40),
    reason             varchar(40),
    -- The item's own takedown: when it came down, and how long after the report was first made (as report.takedown_seconds).
    removed_at         timestamp with time zone,
    takedown_seconds   bigint,
    updated_at         timestamp with time zone,
    primary key (reference, position, partner_id)
);

create index item_status_partner_idx on item_status (partner_id, furthest_feedback);
