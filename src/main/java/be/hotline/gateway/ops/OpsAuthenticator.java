package be.hotline.gateway.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * Who is calling the ops API: a console session (cookie ops_session; its POSTs must carry X-Ops-CSRF) or
 * HTTP Basic credentials of an ops user (Prometheus, the CLI). Anything else is 401. Basic credentials are a
 * sign-in like the console's, throttled by the same {@link LoginGuard}.
 */
public final class OpsAuthenticator {

    public static final String USER = "opsUser";
    static final String COOKIE = "ops_session";
    static final String CSRF_HEADER = "X-Ops-CSRF";

    private final OpsUsers users;
    private final OpsSessions sessions;
    private final LoginGuard guard;

    public OpsAuthenticator(OpsUsers users, OpsSessions sessions, LoginGuard guard) {
        this.users = users;
        this.sessions = sessions;
        this.guard = guard;
    }

    public void require(Exchange exchange) {
        Optional<OpsSessions.Session> session = sessions.find(sessionId(exchange));
        if (session.isPresent()) {
            if ("POST".equals(OpsHttp.request(exchange).method().name()) && !csrfMatches(exchange, session.get())) {
                throw OpsProblem.csrf();
            }
            exchange.setProperty(USER, session.get().user());
            return;
        }
        exchange.setProperty(USER, basicUser(exchange).orElseThrow(OpsProblem::unauthorized));
    }

    public static String userOf(Exchange exchange) {
        return exchange.getProperty(USER, String.class);
    }

    static boolean csrfMatches(Exchange exchange, OpsSessions.Session session) {
        String sent = OpsHttp.header(exchange, CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    static String sessionId(Exchange exchange) {
        String cookies = OpsHttp.header(exchange, "Cookie");
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split(";")) {
            String trimmed = cookie.trim();
            if (trimmed.startsWith(COOKIE + "=")) {
                return trimmed.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    private Optional<String> basicUser(Exchange exchange) {
        String header = OpsHttp.header(exchange, "Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        LoginAttempt attempt = new LoginAttempt(decoded.substring(0, colon), ClientAddress.of(OpsHttp.request(exchange)),
                LoginAttempt.BASIC);
        guard.admit(attempt);
        Optional<String> user = users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
        if (user.isPresent()) {
            guard.succeeded(attempt);
        } else {
            guard.failed(attempt);
        }
        return user;
    }
}
