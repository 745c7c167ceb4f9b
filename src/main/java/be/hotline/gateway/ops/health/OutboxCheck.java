package be.hotline.gateway.ops.health;

import be.hotline.gateway.store.OutboxFigures;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** The claim query (FOR UPDATE SKIP LOCKED) runs; on a node that does not deliver there is nothing to claim. */
public final class OutboxCheck extends AbstractHealthCheck {

    private final OutboxFigures figures;
    private final boolean delivering;
    private final Clock clock;

    public OutboxCheck(OutboxFigures figures, boolean delivering, Clock clock) {
        super("gateway", "outbox");
        this.figures = figures;
        this.delivering = delivering;
        this.clock = clock;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (!delivering) {
            builder.up().message("delivery is off on this node (gateway.outbox.enabled=false)");
            return;
        }
        try {
            figures.probeClaim(clock.instant());
            builder.up().message("claimable");
        } catch (RuntimeException e) {
            builder.down().message("cannot claim: " + e.getMessage());
        }
    }
}
