package be.hotline.gateway.access;

import be.hotline.gateway.partner.Partner;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Whether a partner's presented certificate is revoked (under the partner's revocation mode). */
@FunctionalInterface
public interface RevocationGuard {

    /** Why the chain's leaf is refused, or empty when it may go on. */
    Optional<String> refusal(Partner partner, X509Certificate[] chain);
}
