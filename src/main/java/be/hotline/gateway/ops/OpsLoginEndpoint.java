package be.hotline.gateway.ops;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.store.OpsAudit;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * POST /ops/login and /ops/logout: console sessions. A user signs in with a password, or, on a TLS ops port, with a
 * client certificate mapped to them by sending neither user name nor password. Sign-ins go through the
 * {@link LoginGuard} (throttled, audited, measured); logouts are audited.
 */
public final class OpsLoginEndpoint {

    private final OpsUsers users;
    private final CertificateUsers certificateUsers;
    private final OpsSessions sessions;
    private final LoginGuard guard;
    private final OpsAudit audit;
    private final boolean secureCookie;
    private final Clock clock;

    public OpsLoginEndpoint(OpsUsers users, CertificateUsers certificateUsers, OpsSessions sessions, LoginGuard guard,
                            OpsAudit audit, boolean secureCookie, Clock clock) {
        this.users = users;
        this.certificateUsers = certificateUsers;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
        this.secureCookie = secureCookie;
        this.clock = clock;
    }

    public void login(Exchange exchange) {
        JsonNode body = OpsHttp.jsonBody(exchange);
        String name = OpsHttp.text(body, "username");
        String password = OpsHttp.text(body, "password");
        String address = ClientAddress.of(OpsHttp.request(exchange));
        Optional<X509Certificate> certificate = CertificateUsers.presentedBy(OpsHttp.request(exchange));
        if (name == null && password == null && certificate.isPresent()) {
            signInWithCertificate(exchange, certificate.get(), address);
            return;
        }
        LoginAttempt attempt = new LoginAttempt(name, address, LoginAttempt.PASSWORD);
        guard.admit(attempt);
        Optional<String> user = users.authenticate(Optional.ofNullable(name).orElse(""),
                Optional.ofNullable(password).orElse("").toCharArray());
        if (user.isEmpty()) {
            guard.failed(attempt);
            throw OpsProblem.badCredentials();
        }
        guard.succeeded(attempt);
        openSession(exchange, user.get());
    }

    /** Not throttled: a certificate cannot be guessed, and it lets a user in while someone locks their name out. */
    private void signInWithCertificate(Exchange exchange, X509Certificate certificate, String address) {
        Optional<String> user = certificateUsers.userOf(certificate);
        String detail = "certificate SHA-256 " + Fingerprints.sha256WithColons(certificate);
        LoginAttempt attempt = new LoginAttempt(user.orElse(""), address, LoginAttempt.CERTIFICATE, detail);
        if (user.isEmpty()) {
            guard.unknownCertificate(attempt);
            throw OpsProblem.unknownCertificate();
        }
        guard.succeeded(attempt);
        openSession(exchange, user.get());
    }

    private void openSession(Exchange exchange, String user) {
        OpsSessions.Session session = sessions.open(user);
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
