package be.hotline.gateway.ops;

import be.hotline.gateway.store.OpsAudit;
import java.util.Map;
import org.apache.camel.Exchange;

/** GET /ops/api/audit?limit=: the latest ops actions, newest first. */
public final class AuditEndpoint {

    private final OpsAudit audit;

    public AuditEndpoint(OpsAudit audit) {
        this.audit = audit;
    }

    public void list(Exchange exchange) {
        String value = OpsHttp.query(exchange, "limit");
        int limit;
        try {
            limit = value == null ? 100 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 1000) {
            throw OpsProblem.badRequest("limit must be a number from 1 to 1000.");
        }
        OpsHttp.json(exchange, 200, Map.of("items", audit.latest(limit)));
    }
}
