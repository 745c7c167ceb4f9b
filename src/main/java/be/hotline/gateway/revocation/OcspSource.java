package be.hotline.gateway.revocation;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/** An OCSP responder asked about one certificate (issuer and serial), and its last verified answer. */
final class OcspSource extends RevocationSource {

    private final X509Certificate issuer;
    private final BigInteger serial;
    private final OcspClient client;
    private volatile OcspAnswer answer;

    OcspSource(String url, X509Certificate issuer, BigInteger serial, OcspClient client, Instant now) {
        super(url, false, now);
        this.issuer = issuer;
        this.serial = serial;
        this.client = client;
    }

    Optional<OcspAnswer> freshAnswer(Instant now) {
        OcspAnswer current = answer;
        return current != null && now.isBefore(current.freshUntil()) ? Optional.of(current) : Optional.empty();
    }

    @Override
    Instant freshUntil() {
        OcspAnswer current = answer;
        return current == null ? null : current.freshUntil();
    }

    @Override
    protected void fetch(Instant now) throws Exception {
        answer = client.ask(location(), issuer, serial, now);
    }
}
