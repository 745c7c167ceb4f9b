package be.hotline.gateway.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per key (a user name, or a client address). After {@code maxFailures} failures, each
 * less than {@code window} after the previous one (or after the end of a lock-out), the key is locked for
 * {@code firstLockout}; every further failure locks it again for twice as long, up to {@code maxLockout}.
 * A pause of {@code window} forgets the failures.
 *
 * <p>Memory is bounded: at most {@code trackedKeys} keys are remembered, the least recently used forgotten first,
 * so spraying user names or addresses cannot grow it without limit.
 */
public final class LoginThrottle {

    /** How many failures lock a key, and for how long. */
    public record Rules(int maxFailures, Duration window, Duration firstLockout, Duration maxLockout, int trackedKeys) {
        public Rules {
            if (maxFailures < 1 || trackedKeys < 1 || window.isNegative() || window.isZero() || firstLockout.isNegative()
                    || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
                throw new IllegalArgumentException("login throttle: max-failures and tracked keys at least 1, window and"
                        + " lock-out positive, max-lockout not below lockout; got " + this);
            }
        }
    }

    /**
     * A key is locked.
     *
     * @param retryAfterSeconds whole seconds until it is open again (at least 1)
     * @param firstRefusal      whether this is the first attempt refused during this lock-out (audited once, not each time)
     */
    public record Lock(long retryAfterSeconds, boolean firstRefusal) {
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil = Instant.MIN;
        boolean refused;
    }

    private final Rules rules;
    private final Map<String, Failures> failures;

    public LoginThrottle(Rules rules) {
        this.rules = rules;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > rules.trackedKeys();
            }
        };
    }

    /** The lock-out of this key at {@code now}, if any. */
    public synchronized Optional<Lock> lock(String key, Instant now) {
        Failures record = failures.get(key);
        if (record == null || !now.isBefore(record.lockedUntil)) {
            return Optional.empty();
        }
        boolean first = !record.refused;
        record.refused = true;
        long millis = Duration.between(now, record.lockedUntil).toMillis();
        return Optional.of(new Lock(Math.max(1, (millis + 999) / 1000), first));
    }

    /** One more failure; it may lock the key. */
    public synchronized void failed(String key, Instant now) {
        Failures record = failures.computeIfAbsent(key, k -> new Failures());
        if (record.last != null && now.isAfter(later(record.last, record.lockedUntil).plus(rules.window()))) {
            record.count = 0;
        }
        record.count++;
        record.last = now;
        if (record.count >= rules.maxFailures()) {
            record.lockedUntil = now.plus(lockout(record.count - rules.maxFailures()));
            record.refused = false;
        }
    }

    /** A successful sign-in: the key's failures are forgotten. */
    public synchronized void succeeded(String key) {
        failures.remove(key);
    }

    /** The first lock-out, doubled for each failure past the threshold, capped. */
    private Duration lockout(int doublings) {
        Duration lockout = rules.firstLockout();
        for (int i = 0; i < doublings && lockout.compareTo(rules.maxLockout()) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(rules.maxLockout()) > 0 ? rules.maxLockout() : lockout;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
