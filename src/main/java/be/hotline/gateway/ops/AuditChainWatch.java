package be.hotline.gateway.ops;

import be.hotline.gateway.store.audit.ChainState;
import be.hotline.gateway.store.audit.ChainVerifier;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's last verification, refreshed by a timer (audit-verify) and by each ops request, so the gauge
 * and the readiness check read a result instead of walking the chain on every scrape.
 */
public final class AuditChainWatch {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainWatch.class);

    private final ChainVerifier verifier;
    private final AtomicReference<ChainState> last = new AtomicReference<>();

    public AuditChainWatch(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** Verifies the whole chain now; logs when it is broken. */
    public ChainState refresh() {
        ChainState state = verifier.verify();
        ChainState before = last.getAndSet(state);
        if (!state.intact() && (before == null || before.intact())) {
            LOG.error("audit chain broken at entry {}: {}", state.firstBrokenPosition(), state.problem());
        }
        return state;
    }

    public Optional<ChainState> last() {
        return Optional.ofNullable(last.get());
    }

    public ChainState.Unsealed unsealed() {
        return verifier.unsealed();
    }
}
