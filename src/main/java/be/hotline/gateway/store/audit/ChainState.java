package be.hotline.gateway.store.audit;

import java.time.Instant;

/**
 * What one verification found: intact or the first broken position and why; the head, how many entries are sealed
 * and wait unsealed (and since when), how many checkpoints matched.
 */
public record ChainState(boolean intact, long headPosition, long unsealed, Instant oldestUnsealedAt, Long firstBrokenPosition,
                         String problem, int checkpoints, Instant checkedAt) {

    static ChainState intact(long head, Unsealed unsealed, int checkpoints, Instant at) {
        return new ChainState(true, head, unsealed.count(), unsealed.oldest(), null, null, checkpoints, at);
    }

    static ChainState broken(long head, Unsealed unsealed, long position, String problem, int checkpoints, Instant at) {
        return new ChainState(false, head, unsealed.count(), unsealed.oldest(), position, problem, checkpoints, at);
    }

    /** Entries appended and not yet linked, the oldest one's time, and the head's position at that moment. */
    public record Unsealed(long count, Instant oldest, long head) {
    }
}
