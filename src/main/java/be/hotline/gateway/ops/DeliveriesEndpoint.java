package be.hotline.gateway.ops;

import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.store.OpsDelivery;
import be.hotline.gateway.store.OpsDeliveryQueries;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /ops/api/deliveries, POST /ops/api/deliveries/{id}/retry and /cancel. */
public final class DeliveriesEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveriesEndpoint.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final int MAX_REASON = 2000;
    private final OpsDeliveryQueries queries;
    private final OpsActions actions;
    private final Clock clock;

    public DeliveriesEndpoint(OpsDeliveryQueries queries, OpsActions actions, Clock clock) {
        this.queries = queries;
        this.actions = actions;
        this.clock = clock;
    }

    public void list(Exchange exchange) {
        String status = OpsHttp.query(exchange, "status");
        if (status != null && Arrays.stream(DeliveryStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw OpsProblem.badRequest("status must be one of " + Arrays.toString(DeliveryStatus.values()) + ".");
        }
        int limit = limit(OpsHttp.query(exchange, "limit"));
        List<OpsDelivery> page = queries.page(status, OpsHttp.query(exchange, "partner"),
                cursor(OpsHttp.query(exchange, "cursor")), limit + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.subList(0, Math.min(limit, page.size())));
        if (page.size() > limit) {
            body.put("next", Base64.getUrlEncoder().withoutPadding().encodeToString(
                    Long.toString(page.get(limit - 1).id()).getBytes(StandardCharsets.UTF_8)));
        }
        OpsHttp.json(exchange, 200, body);
    }

    public void retry(Exchange exchange) {
        String reason = reason(OpsHttp.jsonBody(exchange));
        answer(exchange, actions.retry(id(exchange), OpsAuthenticator.userOf(exchange), reason, clock.instant()), "retried");
    }

    public void cancel(Exchange exchange) {
        String reason = reason(OpsHttp.jsonBody(exchange));
        if (reason == null) {
            throw OpsProblem.reasonRequired();
        }
        answer(exchange, actions.cancel(id(exchange), OpsAuthenticator.userOf(exchange), reason, clock.instant()), "cancelled");
    }

    private static void answer(Exchange exchange, OpsActions.Outcome outcome, String what) {
        if (outcome instanceof OpsActions.Outcome.NotFound) {
            throw OpsProblem.notFound("No such delivery.");
        }
        if (outcome instanceof OpsActions.Outcome.ContentPurged) {
            throw OpsProblem.conflict("The report's content data was removed by retention; the delivery cannot be " + what + ".");
        }
        if (outcome instanceof OpsActions.Outcome.WrongState wrong) {
            throw OpsProblem.conflict("The delivery is " + wrong.status() + "; it cannot be " + what + ".");
        }
        OpsDelivery delivery = ((OpsActions.Outcome.Done) outcome).delivery();
        LOG.info("ops action: delivery {} {} by ops:{} (partner {})", delivery.id(), what, OpsAuthenticator.userOf(exchange),
                delivery.partner());
        OpsHttp.json(exchange, 200, Map.of("id", delivery.id(), "status", delivery.status()));
    }

    private static String reason(JsonNode body) {
        String reason = OpsHttp.text(body, "reason");
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason.strip();
    }

    private static long id(Exchange exchange) {
        try {
            return Long.parseLong(OpsHttp.pathSegment(exchange, 1));
        } catch (NumberFormatException e) {
            throw OpsProblem.notFound("No such delivery.");
        }
    }

    private static int limit(String value) {
        return PageLimit.parse(value, DEFAULT_LIMIT, MAX_LIMIT);
    }

    private static Long cursor(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw OpsProblem.badRequest("cursor is not one this API gave out.");
        }
    }
}
