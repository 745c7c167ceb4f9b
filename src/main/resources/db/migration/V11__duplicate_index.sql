-- Duplicates across partners ("already assessed"): docs/api/routing-and-lifecycle.md, "Duplicates".
-- Keys are SHA-256 (hex) of "URL <normalised url>" or "HASH <algorithm> <value>": fixed width, so the
-- indexes stay small whatever the length of a URL or a perceptual hash.

-- One row per key ever seen: intake locks its report's keys here (in sorted order) before it looks for
-- matches, so two reports carrying the same key are screened one after the other, never both blind.
create table dedupe_key (
    key_sha256  char(64) not null primary key
);

-- Every key of every content item, with when its report was received (the window is on that time).
create table content_key (
    key_sha256   char(64)    not null,
    key_kind     varchar(8)  not null,
    reference    varchar(32) not null references report (reference),
    position     integer     not null,
    received_at  timestamp with time zone not null,
    primary key (key_sha256, reference, position)
);

-- The matching lookup: a key's items received since the window's start.
create index content_key_lookup_idx on content_key (key_sha256, received_at);
-- The figures: URL keys in a period.
create index content_key_period_idx on content_key (key_kind, received_at);

-- A content item matched an earlier one: linked to the earliest match in the window.
create table content_link (
    reference         varchar(32) not null references report (reference),
    position          integer     not null,
    earlier_reference varchar(32) not null references report (reference),
    earlier_position  integer     not null,
    matched_on        varchar(8)  not null,
    linked_at         timestamp with time zone not null,
    primary key (reference, position)
);

create index content_link_earlier_idx on content_link (earlier_reference);
create index content_link_linked_at_idx on content_link (linked_at);
