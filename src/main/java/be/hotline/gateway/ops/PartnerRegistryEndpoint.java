package be.hotline.gateway.ops;

import be.hotline.gateway.partner.PartnerRegistryReloader;
import be.hotline.gateway.store.OpsAudit;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * POST /ops/api/partners/reload: reads the partner registry file again now (it is also reloaded when it changes).
 * 200 when the new registry is in force, 422 when the file is invalid (the old one stays in force); audited.
 */
public final class PartnerRegistryEndpoint {

    private final PartnerRegistryReloader reloader;
    private final OpsAudit audit;
    private final Clock clock;

    public PartnerRegistryEndpoint(PartnerRegistryReloader reloader, OpsAudit audit, Clock clock) {
        this.reloader = reloader;
        this.audit = audit;
        this.clock = clock;
    }

    public void reload(Exchange exchange) {
        PartnerRegistryReloader.Result result = reloader.reload();
        String user = OpsAuthenticator.userOf(exchange);
        audit.record(new OpsAudit.Entry(clock.instant(), user, result.loaded() ? "PARTNERS_RELOADED" : "PARTNERS_RELOAD_FAILED",
                "partner registry", result.message()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("loaded", result.loaded());
        body.put(result.loaded() ? "message" : "detail", result.message());
        OpsHttp.json(exchange, result.loaded() ? 200 : 422, body);
    }
}
