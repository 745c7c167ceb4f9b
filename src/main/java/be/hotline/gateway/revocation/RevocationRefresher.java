package be.hotline.gateway.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches every known CRL and OCSP status again every refresh interval, on one daemon thread, from the moment
 * Camel starts: a certificate revoked at its CA is refused at most one interval later, without a restart. When
 * something held expires before the next round, that round comes earlier, just before it expires.
 */
public final class RevocationRefresher extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationRefresher.class);
    /** Rounds come no closer together than this, however soon something expires. */
    private static final Duration SHORTEST_DELAY = Duration.ofSeconds(1);
    private final RevocationSources sources;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public RevocationRefresher(RevocationSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    protected void doStart() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "revocation-refresh");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::round);
    }

    @Override
    protected void doStop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void round() {
        try {
            sources.refreshAll(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("revocation refresh round failed, trying again next round", e);
        }
        ScheduledExecutorService current = scheduler;
        try {
            if (current != null) {
                current.schedule(this::round, nextDelay(clock.instant()).toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            // Camel is stopping: no next round
        }
    }

    private Duration nextDelay(Instant now) {
        Duration delay = sources.settings().refresh();
        Instant expiry = sources.nextExpiry(now).orElse(null);
        if (expiry != null) {
            Duration untilJustBefore = Duration.between(now, expiry).minus(SHORTEST_DELAY);
            if (untilJustBefore.compareTo(delay) < 0) {
                delay = untilJustBefore.compareTo(SHORTEST_DELAY) < 0 ? SHORTEST_DELAY : untilJustBefore;
            }
        }
        return delay;
    }
}
