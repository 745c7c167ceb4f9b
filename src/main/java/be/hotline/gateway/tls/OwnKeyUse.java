package be.hotline.gateway.tls;

import be.hotline.gateway.access.CertificatePurpose;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Function;

/** What one of the gateway's own keys is for: the certificate in its file must be issued for that. */
public enum OwnKeyUse {

    /** The partner port's (and the ops port's) server certificate: serverAuth. */
    SERVER(CertificatePurpose::serverRefusal),
    /** The client certificate of deliveries and relays: clientAuth. */
    CLIENT(CertificatePurpose::clientRefusal),
    /** The signing key of receipts, outbound messages and audit checkpoints (CMS): digitalSignature or nonRepudiation. */
    SIGNING(CertificatePurpose::signingRefusal);

    private final Function<X509Certificate, Optional<String>> refusal;

    OwnKeyUse(Function<X509Certificate, Optional<String>> refusal) {
        this.refusal = refusal;
    }

    /** Why this certificate may not be used so, or empty when it may. */
    Optional<String> refusal(X509Certificate certificate) {
        return refusal.apply(certificate);
    }
}
