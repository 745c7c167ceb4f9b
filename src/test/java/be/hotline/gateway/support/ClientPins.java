package be.hotline.gateway.support;

import be.hotline.gateway.partner.Fingerprints;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.X509TrustManager;

/**
 * A receiver that pins the gateway's client certificate by its SHA-256 fingerprint, as delivery.md asks: only a
 * pinned certificate gets through the handshake. Pins can be added and removed while it runs (a rotation), and it
 * tells which certificates it accepted and how many handshakes it refused.
 */
public final class ClientPins implements X509TrustManager {

    private final Set<String> pinned = ConcurrentHashMap.newKeySet();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();

    public ClientPins(X509Certificate... certificates) {
        for (X509Certificate certificate : certificates) {
            pin(certificate);
        }
    }

    public void pin(X509Certificate certificate) {
        pinned.add(Fingerprints.sha256(certificate));
    }

    /** Fingerprints of the client certificates this receiver let in. */
    public Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    /** Handshakes refused because the client certificate was not pinned. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        String presented = chain == null || chain.length == 0 ? "none" : Fingerprints.sha256(chain[0]);
        if (!pinned.contains(presented)) {
            refused.incrementAndGet();
            throw new CertificateException("client certificate " + presented + " is not pinned");
        }
        accepted.add(presented);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a receiver checks client certificates only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
