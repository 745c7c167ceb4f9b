-- A claim while some partners' circuits are open walks each other partner's due rows in order
-- (OutboxStore.lockDueOf) instead of stepping over the open partners' whole backlog. The old
-- (partner_id, status) index is a prefix of this one and goes.
create index delivery_partner_due_idx on delivery (partner_id, status, due_at);
drop index delivery_partner_status_idx;
