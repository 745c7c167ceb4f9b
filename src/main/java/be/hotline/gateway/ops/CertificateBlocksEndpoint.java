package be.hotline.gateway.ops;

import be.hotline.gateway.access.BlockedCertificates;
import be.hotline.gateway.partner.Fingerprints;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * GET /ops/api/certificates/blocked, POST /ops/api/certificates/block and
 * POST /ops/api/certificates/blocked/{sha256}/unblock: cutting one certificate off (a stolen key) without touching
 * its partner. Each block and unblock needs a reason and is audited.
 */
public final class CertificateBlocksEndpoint {

    private static final int MAX_REASON = 2000;
    private final BlockedCertificates blocked;

    public CertificateBlocksEndpoint(BlockedCertificates blocked) {
        this.blocked = blocked;
    }

    public void list(Exchange exchange) {
        OpsHttp.json(exchange, 200, Map.of("items", blocked.all()));
    }

    public void block(Exchange exchange) {
        JsonNode body = OpsHttp.jsonBody(exchange);
        String sha256 = fingerprint(OpsHttp.text(body, "sha256"));
        blocked.block(sha256, reason(body), OpsAuthenticator.userOf(exchange));
        OpsHttp.json(exchange, 200, Map.of("sha256", sha256, "blocked", true));
    }

    public void unblock(Exchange exchange) {
        String sha256 = fingerprint(OpsHttp.pathSegment(exchange, 1));
        if (!blocked.unblock(sha256, reason(OpsHttp.jsonBody(exchange)), OpsAuthenticator.userOf(exchange))) {
            throw OpsProblem.notFound("That certificate is not blocked.");
        }
        OpsHttp.json(exchange, 200, Map.of("sha256", sha256, "blocked", false));
    }

    private static String fingerprint(String typed) {
        return Fingerprints.normalise(typed).orElseThrow(() ->
                OpsProblem.badRequest("sha256 must be the certificate's SHA-256 fingerprint: 64 hexadecimal digits (colons allowed)."));
    }

    private static String reason(JsonNode body) {
        String reason = OpsHttp.text(body, "reason");
        if (reason == null || reason.isBlank()) {
            throw OpsProblem.reasonRequired();
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
