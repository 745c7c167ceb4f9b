package be.hotline.gateway.access;

import be.hotline.gateway.partner.Partner;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The CAs (and pinned self-signed certificates) a registry trusts must themselves be strong enough: a weak CA key
 * would let anyone who breaks it issue a partner's identity. Checked when the registry is loaded, at start-up and
 * at every reload, so a weak CA stops the start or keeps the previous registry in force.
 */
public final class RegistryKeyStrength {

    private RegistryKeyStrength() {
    }

    /** Throws, naming the partner, the field and the certificate, when any trusted CA is too weak. */
    public static void requireStrongCas(List<Partner> partners) {
        for (Partner partner : partners) {
            requireStrong(partner.id(), "trustedCas", partner.trustedCas());
            partner.outbound().ifPresent(outbound -> requireStrong(partner.id(), "outbound.trustedCas",
                    outbound.trustedCas()));
        }
    }

    private static void requireStrong(String id, String field, List<X509Certificate> cas) {
        for (X509Certificate ca : cas) {
            Optional<String> weak = KeyStrength.refusal(ca);
            if (weak.isPresent()) {
                throw new IllegalStateException("partner " + id + ": " + field + " lists "
                        + ca.getSubjectX500Principal().getName() + ", which is too weak: " + weak.get());
            }
        }
    }
}
