package be.hotline.gateway.access;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Who may use the partner API, decided from the TLS client certificate alone, before any of the request's body
 * is read: the certificate must identify an enabled partner, be meant for client authentication, have strong
 * enough keys and signatures (KeyStrength), be neither
 * blocked by ops nor revoked, and the partner must be within its request limits. Each refusal says why, for
 * the caller and (more precisely) for the log.
 */
public final class PartnerAdmission {

    /** Why a caller is turned away; all but OVER_LIMIT are 403. */
    public enum Refusal { UNKNOWN_CERTIFICATE, WRONG_PURPOSE, WEAK_CERTIFICATE, CERTIFICATE_BLOCKED, CERTIFICATE_REVOKED, PARTNER_DISABLED, OVER_LIMIT }

    /** The outcome of {@link #identify}: a partner, or a refusal. */
    public sealed interface Identification permits Identified, Refused {
    }

    public record Identified(Partner partner) implements Identification {
    }

    /** @param detail for the caller; @param logReason for our log (may name the certificate) */
    public record Refused(Refusal refusal, String detail, String logReason) implements Identification {
    }

    private final PartnerDirectory directory;
    private final BlockedCertificates blocked;
    private final RevocationGuard revocation;
    private final RequestLimits limits;

    public PartnerAdmission(PartnerDirectory directory, BlockedCertificates blocked, RevocationGuard revocation,
                            RequestLimits limits) {
        this.directory = directory;
        this.blocked = blocked;
        this.revocation = revocation;
        this.limits = limits;
    }

    public Identification identify(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return new Refused(Refusal.UNKNOWN_CERTIFICATE, "No client certificate was presented.", "no client certificate");
        }
        X509Certificate leaf = chain[0];
        String certificate = "subject=" + leaf.getSubjectX500Principal().getName() + " sha256=" + Fingerprints.sha256(leaf);
        Optional<String> purpose = CertificatePurpose.clientRefusal(leaf);
        if (purpose.isPresent()) {
            return new Refused(Refusal.WRONG_PURPOSE, "The client certificate is not meant for TLS client authentication.",
                    certificate + ": " + purpose.get());
        }
        Optional<String> weak = KeyStrength.chainRefusal(chain);
        if (weak.isPresent()) {
            return new Refused(Refusal.WEAK_CERTIFICATE, "The client certificate's key or signature is too weak"
                    + " (see docs/api/certificates.md).", certificate + ": " + weak.get());
        }
        Optional<Partner> partner = directory.identify(chain);
        if (partner.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_CERTIFICATE, "The client certificate does not identify a registered partner.",
                    certificate + ": matches no registered partner");
        }
        String id = partner.get().id();
        if (blocked.find(Fingerprints.sha256(leaf)).isPresent()) {
            return new Refused(Refusal.CERTIFICATE_BLOCKED, "The client certificate has been blocked;"
                    + " contact the hotline's operations team.", "partner " + id + " " + certificate + ": blocked by ops");
        }
        Optional<String> revoked = revocation.refusal(partner.get(), chain);
        if (revoked.isPresent()) {
            return new Refused(Refusal.CERTIFICATE_REVOKED, "The client certificate is revoked or its revocation status"
                    + " cannot be established.", "partner " + id + " " + certificate + ": " + revoked.get());
        }
        if (!partner.get().enabled()) {
            return new Refused(Refusal.PARTNER_DISABLED, "Partner '" + id + "' is disabled; contact the hotline's"
                    + " operations team.", "partner " + id + " is disabled");
        }
        return new Identified(partner.get());
    }

    /** A permit for one request of this partner, or empty when it is over its rate or concurrency limit. */
    public Optional<RequestLimits.Permit> admit(Partner partner) {
        return limits.tryAcquire(partner);
    }
}
