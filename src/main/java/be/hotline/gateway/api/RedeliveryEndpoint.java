package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.store.OpsActions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * POST /api/v1/deliveries/{messageId}/redeliver: a receiver asks for one of its own messages again. It is queued
 * through the ops retry path (OpsActions) and sent with the same X-Message-Id; one already queued stays queued
 * (202 again, nothing recorded); a cancelled one is not sent (409); one whose report's content retention removed is 410;
 * anybody else's or an unknown id is 404.
 */
public final class RedeliveryEndpoint {

    private final OpsActions actions;
    private final Clock clock;

    public RedeliveryEndpoint(OpsActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    public void redeliver(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        String messageId = messageId(exchange);
        OpsActions.Outcome outcome = actions.redeliver(partner.id(), messageId, clock.instant());
        if (outcome instanceof OpsActions.Outcome.NotFound) {
            throw ApiProblem.notFound("No message '" + messageId + "' was sent to this partner.");
        }
        if (outcome instanceof OpsActions.Outcome.ContentPurged) {
            throw ApiProblem.of(410, "content-purged", "The report's content is no longer held",
                    "The report of message '" + messageId + "' is past the hotline's retention period: its URLs, hashes and"
                            + " hosting data were removed, so it cannot be sent again.");
        }
        if (outcome instanceof OpsActions.Outcome.WrongState wrong && !"PENDING".equals(wrong.status())) {
            throw ApiProblem.of(409, "delivery-cancelled", "The message was cancelled",
                    "Message '" + messageId + "' was cancelled by the hotline's operations team and is not sent again;"
                            + " ask them if you need it.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", messageId);
        body.put("status", "PENDING");
        HttpReply.json(exchange, 202, "application/json", body, Map.of());
    }

    /** The segment before /redeliver, from the servlet request itself. */
    private static String messageId(Exchange exchange) {
        String path = exchange.getIn(HttpMessage.class).getRequest().getRequestURI();
        String withoutAction = path.substring(0, path.lastIndexOf('/'));
        return withoutAction.substring(withoutAction.lastIndexOf('/') + 1);
    }
}
