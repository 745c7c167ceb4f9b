package be.hotline.gateway.revocation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place revocation data comes from (a CRL location, or an OCSP responder asked about one certificate), and
 * what it last gave. The first use fetches at once; after that only the refresher fetches, even after a
 * failure, so a source that is down costs a handshake at most one timeout, once.
 */
abstract class RevocationSource {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationSource.class);
    private final String location;
    private final boolean pinned;
    private volatile boolean attempted;
    private volatile String failure;
    private volatile Instant lastUsed;

    /** @param pinned kept even when nobody asks about it (the registry's CRLs) */
    RevocationSource(String location, boolean pinned, Instant now) {
        this.location = location;
        this.pinned = pinned;
        this.lastUsed = now;
    }

    String location() {
        return location;
    }

    boolean pinned() {
        return pinned;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** Notes a use, and fetches now if this source was never tried. */
    final void use(Instant now) {
        lastUsed = now;
        if (!attempted) {
            synchronized (this) {
                if (!attempted) {
                    refresh(now);
                }
            }
        }
    }

    /** Fetches again; a failure keeps whatever was held before (it stays usable while it is fresh). */
    final synchronized void refresh(Instant now) {
        String previous = failure;
        try {
            fetch(now);
            failure = null;
            if (previous != null) {
                LOG.info("revocation source {} answers again", location);
            }
        } catch (Exception e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!Objects.equals(previous, failure)) {
                LOG.warn("revocation source {}: {}", location, failure);
            }
        } finally {
            attempted = true;
        }
    }

    /** Fetches, verifies and keeps the answer; throws, keeping the old one, when any of that fails. */
    protected abstract void fetch(Instant now) throws Exception;

    /** Until when what is held may be used, or null when nothing usable is held. */
    abstract Instant freshUntil();

    final boolean fresh(Instant now) {
        Instant until = freshUntil();
        return until != null && now.isBefore(until);
    }

    /** Why this source is a worry now: its last fetch failed, or what it holds has expired. */
    final Optional<String> problem(Instant now) {
        if (failure != null) {
            return Optional.of("unreachable or invalid: " + failure);
        }
        Instant until = freshUntil();
        if (until != null && !now.isBefore(until)) {
            return Optional.of("stale since " + until);
        }
        return Optional.empty();
    }
}
