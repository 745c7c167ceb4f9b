package be.hotline.gateway.ops.health;

import be.hotline.gateway.store.OutboxFigures;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** The database answers a query. */
public final class DatabaseCheck extends AbstractHealthCheck {

    private final OutboxFigures figures;

    public DatabaseCheck(OutboxFigures figures) {
        super("gateway", "database");
        this.figures = figures;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            figures.probeDatabase();
            builder.up().message("reachable");
        } catch (RuntimeException e) {
            builder.down().message("unreachable: " + e.getMessage());
        }
    }
}
