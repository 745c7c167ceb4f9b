package be.hotline.gateway.ops.health;

import be.hotline.gateway.ops.AuditChainWatch;
import be.hotline.gateway.store.audit.ChainState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A warning (readiness stays 200: the gateway still serves) when the last verification found the chain broken, or
 * when entries wait unsealed and the head has not moved for gateway.audit.unsealed-warning-after (no sealer runs on
 * any node). The head's progress, not the entries' times: an event may carry a time from before it was recorded.
 */
public final class AuditChainCheck extends AbstractHealthCheck {

    private final AuditChainWatch watch;
    private final Duration behindAfter;
    private final Clock clock;
    private long lastHead = -1;
    private Instant headMovedAt;

    public AuditChainCheck(AuditChainWatch watch, Duration behindAfter, Clock clock) {
        super("gateway", "audit-chain");
        this.watch = watch;
        this.behindAfter = behindAfter;
        this.clock = clock;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Optional<ChainState> last = watch.last();
        if (last.isPresent() && !last.get().intact()) {
            builder.up().message(HealthEndpoint.WARNING + " audit chain broken at entry " + last.get().firstBrokenPosition()
                    + ": " + last.get().problem());
            return;
        }
        ChainState.Unsealed unsealed;
        try {
            unsealed = watch.unsealed();
        } catch (RuntimeException e) {
            builder.up().message(HealthEndpoint.WARNING + " cannot read the audit chain: " + e.getMessage());
            return;
        }
        if (unsealed.count() > 0 && stalledSince(unsealed.head()).plus(behindAfter).isBefore(clock.instant())) {
            builder.up().message(HealthEndpoint.WARNING + " " + unsealed.count() + " audit entries unsealed and the chain's"
                    + " head has stayed at " + unsealed.head() + " since " + headMovedAt + ": is a sealer running?");
            return;
        }
        builder.up().message(last.map(state -> "intact up to entry " + state.headPosition() + " (checked " + state.checkedAt()
                + ")").orElse("not verified yet") + "; " + unsealed.count() + " unsealed");
    }

    /** When this check first saw the head where it is now. */
    private synchronized Instant stalledSince(long head) {
        if (head != lastHead) {
            lastHead = head;
            headMovedAt = clock.instant();
        }
        return headMovedAt;
    }
}
