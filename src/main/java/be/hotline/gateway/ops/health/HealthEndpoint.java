package be.hotline.gateway.ops.health;

import be.hotline.gateway.ops.OpsHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;

/** GET /ops/health/live (the process answers) and /ops/health/ready (it can do its work: 200 or 503). */
public final class HealthEndpoint {

    private final List<HealthCheck> checks;

    public HealthEndpoint(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public void live(Exchange exchange) {
        OpsHttp.json(exchange, 200, Map.of("status", "UP"));
    }

    public void ready(Exchange exchange) {
        boolean up = true;
        List<Map<String, String>> results = new java.util.ArrayList<>();
        for (HealthCheck check : checks) {
            HealthCheck.Result result = check.call();
            up &= result.getState() == HealthCheck.State.UP;
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", check.getId());
            entry.put("status", result.getState() == HealthCheck.State.UP ? "UP" : "DOWN");
            entry.put("detail", result.getMessage().orElse(""));
            results.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", results);
        OpsHttp.json(exchange, up ? 200 : 503, body);
    }
}
