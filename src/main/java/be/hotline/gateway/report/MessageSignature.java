package be.hotline.gateway.report;

import java.time.Instant;

/**
 * A partner's verified X-Message-Signature, kept with what it signed as evidence: the CMS as received (DER), the
 * SHA-256 fingerprint of the certificate that signed (upper-case hex, as the registry pins them), and when the
 * gateway verified it.
 */
public record MessageSignature(byte[] der, String signerFingerprint, String signerSubject, Instant verifiedAt) {

    public MessageSignature {
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }
}
