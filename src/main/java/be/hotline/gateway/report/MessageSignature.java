package be.hotline.gateway.report;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner's verified X-Message-Signature, kept with what it signed as evidence: the CMS as received (DER), the
 * exact bytes it signed (empty when they may not be kept, see {@link #withoutContent}), the SHA-256 fingerprint
 * of the certificate that signed (upper-case hex, as the registry pins them), its subject, and when the gateway
 * verified it.
 */
public record MessageSignature(byte[] der, Optional<byte[]> content, String signerFingerprint, String signerSubject,
                               Instant verifiedAt) {

    public MessageSignature {
        der = der.clone();
        content = content.map(byte[]::clone);
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    @Override
    public Optional<byte[]> content() {
        return content.map(byte[]::clone);
    }

    /**
     * Without the signed bytes: for a body that holds a reporter's contact details, which are only ever stored
     * encrypted and purged on time. The CMS still holds the body's SHA-256 among its signed attributes.
     */
    public MessageSignature withoutContent() {
        return new MessageSignature(der, Optional.empty(), signerFingerprint, signerSubject, verifiedAt);
    }
}
