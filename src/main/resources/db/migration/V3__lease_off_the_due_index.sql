-- A claim no longer moves due_at: the lease has its own column, which no index covers. Claiming then touches
-- no indexed column, so PostgreSQL can update the row in place (HOT) instead of adding a dead entry to every
-- index of the delivery table per claim, and the due index stays as small as the backlog.
alter table delivery add column lease_until timestamp with time zone;

-- Claims held while this migration runs keep their end (it was due_at).
update delivery set lease_until = due_at where lease_token is not null;
