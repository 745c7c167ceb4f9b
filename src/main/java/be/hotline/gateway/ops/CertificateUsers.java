package be.hotline.gateway.ops;

import be.hotline.gateway.partner.Fingerprints;
import io.vertx.core.http.HttpServerRequest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Client certificates that sign an ops user in, from {@code gateway.ops.client-certificates =
 * alice:<SHA-256 fingerprint>,bob:<…>} (a user may have several, e.g. during a rollover). The TLS handshake has
 * already verified the certificate against {@code gateway.ops.client-ca}; the fingerprint says whose it is.
 */
public final class CertificateUsers {

    private final Map<String, String> usersByFingerprint;

    private CertificateUsers(Map<String, String> usersByFingerprint) {
        this.usersByFingerprint = Map.copyOf(usersByFingerprint);
    }

    /** Every mapped user must be an ops user; a fingerprint belongs to one user only. */
    public static CertificateUsers parse(String setting, OpsUsers users) {
        Map<String, String> mapped = new HashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String user = colon <= 0 ? "" : entry.substring(0, colon).trim();
            String fingerprint = colon <= 0 ? "" : Fingerprints.normalise(entry.substring(colon + 1)).orElse("");
            if (user.isEmpty() || fingerprint.isEmpty()) {
                throw new IllegalStateException("gateway.ops.client-certificates: expected user:<SHA-256 fingerprint, 64 hex"
                        + " digits, colons allowed>, got '" + entry.trim() + "'");
            }
            if (!users.exists(user)) {
                throw new IllegalStateException("gateway.ops.client-certificates: " + user
                        + " is not an ops user (gateway.ops.user-password)");
            }
            String previous = mapped.put(fingerprint, user);
            if (previous != null && !previous.equals(user)) {
                throw new IllegalStateException("gateway.ops.client-certificates: one certificate mapped to both " + previous
                        + " and " + user);
            }
        }
        return new CertificateUsers(mapped);
    }

    public boolean isEmpty() {
        return usersByFingerprint.isEmpty();
    }

    /** The user this certificate signs in, if it is mapped. */
    Optional<String> userOf(X509Certificate certificate) {
        return Optional.ofNullable(usersByFingerprint.get(Fingerprints.sha256(certificate)));
    }

    /** The certificate the client presented in the TLS handshake, if any (the ops port asks for one, never requires it). */
    static Optional<X509Certificate> presentedBy(HttpServerRequest request) {
        SSLSession session = request.sslSession();
        if (session == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf ? Optional.of(leaf) : Optional.empty();
        } catch (SSLPeerUnverifiedException none) {
            return Optional.empty();
        }
    }
}
