-- Silent partners and stalled reports (GET /ops/api/watch/*, the hotline_*_silent / *_stalled_* gauges), read at
-- every scrape: each question walks a short index range, whatever the size of the delivery and feedback history.

-- A partner's last acknowledgement (in a 2xx answer or by feedback): max(acknowledged_at) of one partner.
create index delivery_partner_acknowledged_idx on delivery (partner_id, acknowledged_at);
-- A partner's last feedback as we received it: max(received_at) of one partner.
create index feedback_partner_received_idx on feedback (partner_id, received_at);
-- Acknowledged deliveries whose furthest feedback is no outcome yet, oldest acknowledgement first: one range per
-- furthest_feedback value, never the (large) set of deliveries that reached an outcome.
create index delivery_stalled_idx on delivery (status, furthest_feedback, acknowledged_at);
