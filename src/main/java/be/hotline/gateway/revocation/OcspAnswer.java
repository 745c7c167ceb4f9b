package be.hotline.gateway.revocation;

import java.time.Instant;

/**
 * A verified OCSP answer about one certificate.
 *
 * @param revokedAt  and {@code reason}: for REVOKED only (reason may be null when the responder gives none)
 * @param freshUntil until when it is used: its nextUpdate, but never longer than max-age after it was fetched
 */
record OcspAnswer(RevocationVerdict.Status status, Instant revokedAt, String reason, Instant freshUntil) {
}
