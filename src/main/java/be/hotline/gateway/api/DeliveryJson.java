package be.hotline.gateway.api;

import be.hotline.gateway.store.ReceivedDelivery;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message we queued for a partner, as that partner reads it: in its list of deliveries and in a report's receiver view. */
final class DeliveryJson {

    private DeliveryJson() {
    }

    /** An item of GET /api/v1/deliveries. */
    static Map<String, Object> listed(ReceivedDelivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", delivery.messageId());
        body.put("reference", delivery.reference());
        body.put("purpose", delivery.purpose());
        body.put("format", delivery.format());
        body.put("status", delivery.status());
        body.put("createdAt", delivery.createdAt().toString());
        delivery.deliveredAt().ifPresent(value -> body.put("deliveredAt", value.toString()));
        delivery.acknowledgedAt().ifPresent(value -> body.put("acknowledgedAt", value.toString()));
        return body;
    }

    /** A delivery in a report's receiver view: the same, with its acknowledgement terms and the receiver's reference. */
    static Map<String, Object> ofReceiver(ReceivedDelivery delivery) {
        Map<String, Object> body = listed(delivery);
        body.remove("reference");
        delivery.ackDueAt().ifPresent(value -> body.put("ackDueAt", value.toString()));
        body.put("ackOverdue", delivery.ackOverdue());
        delivery.receiverReference().ifPresent(value -> body.put("receiverReference", value));
        return body;
    }
}
