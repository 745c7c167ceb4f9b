package be.hotline.gateway.ops.health;

import be.hotline.gateway.ops.OpsHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;

/** GET /ops/health/live (the process answers) and /ops/health/ready (it can do its work: 200 or 503). */
public final class HealthEndpoint {

    /** A check that is UP but wants attention starts its message with this (readiness stays 200). */
    public static final String WARNING = "WARNING:";

    private final List<HealthCheck> checks;

    public HealthEndpoint(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public void live(Exchange exchange) {
        OpsHttp.json(exchange, 200, Map.of("status", "UP"));
    }

    public void ready(Exchange exchange) {
        boolean up = true;
        boolean warning = false;
        List<Map<String, String>> results = new java.util.ArrayList<>();
        for (HealthCheck check : checks) {
            HealthCheck.Result result = check.call();
            String detail = result.getMessage().orElse("");
            boolean checkUp = result.getState() == HealthCheck.State.UP;
            boolean checkWarns = checkUp && detail.startsWith(WARNING);
            up &= checkUp;
            warning |= checkWarns;
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", check.getId());
            entry.put("status", checkWarns ? "WARN" : checkUp ? "UP" : "DOWN");
            entry.put("detail", detail);
            results.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        // Still ready (200): the gateway serves; ops must act on what the warning names.
        body.put("warnings", warning);
        body.put("checks", results);
        OpsHttp.json(exchange, up ? 200 : 503, body);
    }
}
