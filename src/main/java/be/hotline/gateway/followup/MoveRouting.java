package be.hotline.gateway.followup;

import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.routing.RoutingDecision;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.FeedbackStore;
import java.util.List;

/**
 * Where items reported MOVED go: to whoever the routing rules name for the new hosting country, as a new report's
 * items would (the country's hotline; at home every domestic police service; an orphan to the Interpol contact).
 * That may be the hotline that sent us the report: content that moved into its country is its to handle.
 */
final class MoveRouting {

    private final RoutingRules routing;
    private final PartnerDirectory partners;
    private final int maxMoves;

    MoveRouting(RoutingRules routing, PartnerDirectory partners, int maxMoves) {
        if (maxMoves < 0) {
            throw new IllegalArgumentException("gateway.routing.max-moves must be 0 or more, was " + maxMoves);
        }
        this.routing = routing;
        this.partners = partners;
        this.maxMoves = maxMoves;
    }

    /**
     * @throws InvalidFeedbackException (422 at the new hosting country) when the rules give that country to the partner
     *                                  reporting the move: the content did not leave its hands, so there is nobody to
     *                                  send it to; it should report what it does with it instead
     */
    FeedbackStore.Reroute reroute(Partner from, NewLocation to, FeedbackTerms terms) {
        List<RoutingDecision> receivers = routing.receiversFor(to.hostingCountry());
        if (receivers.stream().anyMatch(receiver -> receiver.partnerId().equals(from.id()))) {
            throw new InvalidFeedbackException(List.of(new FieldError(terms.pointer("/newHostingCountry"),
                    "content hosted in " + to.hostingCountry() + " is routed to you: it has not left your hands, so "
                            + terms.code(FeedbackType.MOVED)
                            + " does not apply; tell us what you do with it instead")));
        }
        return new FeedbackStore.Reroute(to, routing.assignedCountry(to.hostingCountry()), receivers.stream()
                .map(receiver -> new FeedbackStore.Receiver(receiver.partnerId(), receiver.purpose(), partners.outboundFormatOf(receiver.partnerId())))
                .toList(), maxMoves);
    }
}
