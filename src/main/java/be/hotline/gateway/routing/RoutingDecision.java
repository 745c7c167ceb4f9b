package be.hotline.gateway.routing;

import be.hotline.gateway.delivery.DeliveryPurpose;
import java.util.List;

/** One receiver of a report, why, and which of the report's content items (by position) it gets. */
public record RoutingDecision(String partnerId, DeliveryPurpose purpose, List<Integer> itemPositions) {

    public RoutingDecision {
        itemPositions = List.copyOf(itemPositions);
    }

    /** How the decision reads in the report's history. */
    public String describe() {
        return "to " + partnerId + " (" + purpose + ") items " + itemPositions;
    }
}
