package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.store.PagePosition;
import be.hotline.gateway.store.ReceivedDeliveries;
import be.hotline.gateway.store.ReceivedDelivery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;

/**
 * GET /api/v1/deliveries: every message queued for the calling partner, oldest first, a keyset page at a time,
 * with the case view's conventions (limit, opaque cursor, one row more than asked, Link: next). {@code last}
 * marks where this page ended, so a partner can come back later for what is new.
 */
public final class PartnerDeliveriesEndpoint {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    private static final Set<String> PARAMETERS = Set.of("since", "limit");

    private final ReceivedDeliveries deliveries;

    public PartnerDeliveriesEndpoint(ReceivedDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    public void list(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        QueryParameters query = QueryParameters.of(exchange, PARAMETERS);
        int limit = query.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        PagePosition since = PageCursor.fromQuery(query, "since", PageCursor::decodeDelivery, "last or next");
        query.requireValid();

        List<ReceivedDelivery> rows = deliveries.page(partner.id(), since, limit + 1);
        List<ReceivedDelivery> page = rows.subList(0, Math.min(limit, rows.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(DeliveryJson::listed).toList());
        Map<String, String> headers = Map.of();
        if (!page.isEmpty()) {
            String last = PageCursor.encode(page.get(page.size() - 1).position());
            body.put("last", last);
            if (rows.size() > limit) {
                body.put("next", last);
                headers = Map.of("Link", "<" + GatewayPaths.DELIVERIES + "?limit=" + limit + "&since="
                        + URLEncoder.encode(last, StandardCharsets.UTF_8) + ">; rel=\"next\"");
            }
        }
        HttpReply.json(exchange, 200, "application/json", body, headers);
    }
}
