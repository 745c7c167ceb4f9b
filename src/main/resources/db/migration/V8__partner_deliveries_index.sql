-- A partner lists what was queued for it, oldest first, a keyset page at a time (GET /api/v1/deliveries):
-- one walk of this index per page, whatever the partner's backlog or other partners' traffic.
create index delivery_partner_created_idx on delivery (partner_id, created_at, message_id);
