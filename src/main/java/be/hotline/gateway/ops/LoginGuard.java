package be.hotline.gateway.ops;

import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.store.OpsAudit;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What every sign-in path (console password, HTTP Basic, client certificate) does around checking credentials:
 * refuse while the user name or the client address is locked out (429, before any password is hashed), count
 * failures against both, forget the user's failures on success, and audit and measure each outcome.
 */
public final class LoginGuard {

    private final LoginThrottle users;
    private final LoginThrottle addresses;
    private final OpsAudit audit;
    private final GatewayMetrics metrics;
    private final Clock clock;

    public LoginGuard(LoginThrottle users, LoginThrottle addresses, OpsAudit audit, GatewayMetrics metrics, Clock clock) {
        this.users = users;
        this.addresses = addresses;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Throws 429 with Retry-After while the user name or the address is locked out. */
    void admit(LoginAttempt attempt) {
        Instant now = clock.instant();
        Optional<LoginThrottle.Lock> user = users.lock(attempt.user(), now);
        Optional<LoginThrottle.Lock> address = addresses.lock(attempt.address(), now);
        if (user.isEmpty() && address.isEmpty()) {
            return;
        }
        long seconds = Math.max(user.map(LoginThrottle.Lock::retryAfterSeconds).orElse(0L),
                address.map(LoginThrottle.Lock::retryAfterSeconds).orElse(0L));
        metrics.opsLoginFailure(attempt.method(), "throttled");
        // Once per lock-out, not per refused attempt: refusals cost nothing and would flood the audit table.
        boolean firstRefusal = user.map(LoginThrottle.Lock::firstRefusal).orElse(false)
                || address.map(LoginThrottle.Lock::firstRefusal).orElse(false);
        if (firstRefusal) {
            String locked = user.isEmpty() ? "address" : address.isEmpty() ? "user name" : "user name and address";
            audit.record(new OpsAudit.Entry(now, attempt.user(), "LOGIN_THROTTLED", attempt.method(),
                    attempt.auditReason(locked + " locked for " + seconds + " s")));
        }
        throw OpsProblem.throttled(seconds);
    }

    /** Wrong user name or password: counted against both the user name and the address. */
    void failed(LoginAttempt attempt) {
        Instant now = clock.instant();
        users.failed(attempt.user(), now);
        addresses.failed(attempt.address(), now);
        metrics.opsLoginFailure(attempt.method(), "bad_credentials");
        audit.record(new OpsAudit.Entry(now, attempt.user(), "LOGIN_FAILED", attempt.method(), attempt.auditReason(null)));
    }

    /** A client certificate not mapped to any user: audited and measured, not throttled (it cannot be guessed). */
    void unknownCertificate(LoginAttempt attempt) {
        metrics.opsLoginFailure(attempt.method(), "unknown_certificate");
        audit.record(new OpsAudit.Entry(clock.instant(), attempt.user(), "LOGIN_FAILED", attempt.method(),
                attempt.auditReason(null)));
    }

    /**
     * The user's failures are forgotten (the address's are not: one good account must not reset a sprayer's count).
     * A sign-in is audited; Basic credentials, sent with every request, are not.
     */
    void succeeded(LoginAttempt attempt) {
        users.succeeded(attempt.user());
        if (!LoginAttempt.BASIC.equals(attempt.method())) {
            audit.record(new OpsAudit.Entry(clock.instant(), attempt.user(), "LOGIN", attempt.method(),
                    attempt.auditReason(null)));
        }
    }
}
