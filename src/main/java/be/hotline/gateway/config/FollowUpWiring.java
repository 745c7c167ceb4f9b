package be.hotline.gateway.config;

import be.hotline.gateway.api.FeedbackEndpoint;
import be.hotline.gateway.api.RequestBody;
import be.hotline.gateway.followup.AckDeadlines;
import be.hotline.gateway.followup.FeedbackService;
import be.hotline.gateway.format.feedback.FeedbackFormats;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.FeedbackStore;
import be.hotline.gateway.store.OutboxStore;
import be.hotline.gateway.store.ReportStore;
import java.time.Clock;
import org.apache.camel.spi.Registry;

/** Wires the follow-up side: feedback intake, acknowledgement deadlines. */
final class FollowUpWiring {

    private FollowUpWiring() {
    }

    static void wire(Registry registry, RequestBody requestBody, FeedbackFormats formats, FeedbackStore feedback,
                     ReportStore reports, OutboxStore outbox, PartnerDirectory partners, Clock clock, RoutingRules routing,
                     int maxMoves) {
        FeedbackService service = new FeedbackService(feedback, reports, partners, clock, routing, maxMoves);
        registry.bind("feedbackEndpoint", new FeedbackEndpoint(requestBody,
                formats::reader, service));
        registry.bind("ackDeadlines", new AckDeadlines(outbox, clock));
    }
}
