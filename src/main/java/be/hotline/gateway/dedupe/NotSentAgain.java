package be.hotline.gateway.dedupe;

import be.hotline.gateway.routing.RoutingDecision;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applied after the routing decision: a receiver that already holds an item (a delivery of a matching earlier
 * item that was not cancelled) is not sent it again. A decision left with no item is dropped: no delivery.
 */
public final class NotSentAgain {

    private NotSentAgain() {
    }

    /** @param holdersByPosition for each item of the new report, the receivers that already have it */
    public static List<RoutingDecision> trim(List<RoutingDecision> decisions, Map<Integer, Set<String>> holdersByPosition) {
        return decisions.stream()
                .map(decision -> new RoutingDecision(decision.partnerId(), decision.purpose(), decision.itemPositions().stream()
                        .filter(position -> !holdersByPosition.getOrDefault(position, Set.of()).contains(decision.partnerId()))
                        .toList()))
                .filter(decision -> !decision.itemPositions().isEmpty())
                .toList();
    }
}
