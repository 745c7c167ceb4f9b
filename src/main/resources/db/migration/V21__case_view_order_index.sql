-- Issue 14, item 3 (reads stay flat): the case view's first page is the newest reports, ordered by
-- (received_at desc, reference desc). With this index a page is one backward walk that stops after limit + 1 rows,
-- at 10,000 reports as at 5,000,000; on received_at alone PostgreSQL had to sort each run of equal times, and
-- without statistics it could choose to read and sort the whole table. The old index is a prefix of this one and
-- goes (the retention and period queries range over received_at as before).
create index report_received_reference_idx on report (received_at, reference);
drop index report_received_at_idx;

-- Each row of the page asks whether some delivery of its report is ACK_OVERDUE. On (reference) alone PostgreSQL
-- answered that for a page by reading every delivery into a hash (the cheaper plan when it knows few deliveries);
-- on (ack_overdue, reference) both ways are a walk of the few overdue entries, and a report's own check one lookup.
create index delivery_ack_overdue_reference_idx on delivery (ack_overdue, reference);
