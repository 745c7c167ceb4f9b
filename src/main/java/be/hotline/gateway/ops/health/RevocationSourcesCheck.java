package be.hotline.gateway.ops.health;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * CRL locations and OCSP responders that are down or whose copy expired. A warning, never DOWN: soft partners
 * are still served (only a known revocation refuses them), and a strict partner's refusals are its own matter,
 * not the gateway's readiness. The detail names each source and why.
 */
public final class RevocationSourcesCheck extends AbstractHealthCheck {

    private final Supplier<Map<String, String>> problems;

    /** @param problems source (file, CRL URL or OCSP URL) to why it is a worry, as {@code PartnerRevocation} gives them */
    public RevocationSourcesCheck(Supplier<Map<String, String>> problems) {
        super("gateway", "revocation-sources");
        this.problems = problems;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Map<String, String> current = problems.get();
        builder.up();
        if (current.isEmpty()) {
            builder.message("every CRL and OCSP source known so far answers and is fresh");
            return;
        }
        builder.detail("unreachable", current);
        StringBuilder message = new StringBuilder(HealthEndpoint.WARNING + " " + current.size()
                + " revocation source(s) unreachable or stale (soft partners are still served; strict ones without a"
                + " fresh copy are refused): ");
        current.forEach((source, why) -> message.append(source).append(" (").append(why).append("); "));
        builder.message(message.substring(0, message.length() - 2));
    }
}
