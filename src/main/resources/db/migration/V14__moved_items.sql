-- Issue 12, item 4: MOVED. A receiver reports that content moved to another country (and IP or provider); the item
-- is routed again by the same rules, and every move is kept so the whole path can be read back.

-- The new location a MOVED feedback row gives (null for every other type), so a re-send is compared in full.
alter table feedback add column new_hosting_country char(2);
alter table feedback add column new_hosting_ip varchar(45);
alter table feedback add column new_hosting_provider varchar(200);

-- Every move of every item, numbered per item from 1. Where it went: the new delivery's message ids (comma-separated,
-- empty when every receiver of the new country already had it), or flagged for our analysts when it moved more
-- than gateway.routing.max-moves times and was not sent again.
create table item_move (
    reference             varchar(32)  not null references report (reference),
    position              integer      not null,
    move_number           integer      not null,
    from_partner          varchar(64)  not null,
    from_country          char(2)      not null,
    new_hosting_country   char(2)      not null,
    new_hosting_ip        varchar(45),
    new_hosting_provider  varchar(200),
    moved_at              timestamp with time zone not null,
    feedback_row          bigint       not null references feedback (id),
    new_deliveries        varchar(2000) not null,
    flagged               boolean      not null,
    primary key (reference, position, move_number)
);

create index item_move_flagged_idx on item_move (flagged, moved_at);
