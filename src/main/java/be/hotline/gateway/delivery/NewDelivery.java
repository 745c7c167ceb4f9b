package be.hotline.gateway.delivery;

import java.util.List;

/** A delivery to create together with its report (the transactional outbox). */
public record NewDelivery(String messageId, String partnerId, DeliveryPurpose purpose, String format,
                          List<Integer> itemPositions) {

    public NewDelivery {
        itemPositions = List.copyOf(itemPositions);
    }
}
