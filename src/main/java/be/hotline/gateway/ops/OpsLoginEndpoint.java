package be.hotline.gateway.ops;

import be.hotline.gateway.store.OpsAudit;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;

/** POST /ops/login and /ops/logout: console sessions, each login and logout audited. */
public final class OpsLoginEndpoint {

    private static final int MAX_NAME = 64;
    private final OpsUsers users;
    private final OpsSessions sessions;
    private final OpsAudit audit;
    private final boolean secureCookie;
    private final Clock clock;

    public OpsLoginEndpoint(OpsUsers users, OpsSessions sessions, OpsAudit audit, boolean secureCookie, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.secureCookie = secureCookie;
        this.clock = clock;
    }

    public void login(Exchange exchange) {
        JsonNode body = OpsHttp.jsonBody(exchange);
        String name = Optional.ofNullable(OpsHttp.text(body, "username")).orElse("");
        String password = Optional.ofNullable(OpsHttp.text(body, "password")).orElse("");
        Optional<String> user = users.authenticate(name, password.toCharArray());
        String shownName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        if (user.isEmpty()) {
            audit.record(new OpsAudit.Entry(clock.instant(), shownName, "LOGIN_FAILED", null, null));
            throw OpsProblem.badCredentials();
        }
        OpsSessions.Session session = sessions.open(user.get());
        audit.record(new OpsAudit.Entry(clock.instant(), user.get(), "LOGIN", null, null));
        OpsHttp.reply(exchange, 200, "application/json", OpsHttp.write(Map.of("csrfToken", session.csrfToken())),
                Map.of("Set-Cookie", cookie(session.id(), "")));
    }

    /** Always 204 and the cookie cleared; a live session is closed only with its CSRF token. */
    public void logout(Exchange exchange) {
        Optional<OpsSessions.Session> session = sessions.find(OpsAuthenticator.sessionId(exchange));
        if (session.isPresent()) {
            if (!OpsAuthenticator.csrfMatches(exchange, session.get())) {
                throw OpsProblem.csrf();
            }
            sessions.close(session.get().id());
            audit.record(new OpsAudit.Entry(clock.instant(), session.get().user(), "LOGOUT", null, null));
        }
        OpsHttp.reply(exchange, 204, null, null, Map.of("Set-Cookie", cookie("", "; Max-Age=0")));
    }

    private String cookie(String value, String extra) {
        return OpsAuthenticator.COOKIE + "=" + value + "; HttpOnly; SameSite=Strict; Path=/ops" + (secureCookie ? "; Secure" : "")
                + extra;
    }
}
