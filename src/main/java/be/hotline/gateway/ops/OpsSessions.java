package be.hotline.gateway.ops;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory on this node: a random id (the cookie) and a random CSRF token per login.
 * A restart logs everybody out, which is acceptable for an ops console.
 */
public final class OpsSessions {

    /** A logged-in user. */
    public record Session(String id, String user, String csrfToken, Instant expiresAt) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    public OpsSessions(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Session open(String user) {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> !session.expiresAt().isAfter(now));
        Session session = new Session(token(), user, token(), now.plus(lifetime));
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<Session> find(String id) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null || !session.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
