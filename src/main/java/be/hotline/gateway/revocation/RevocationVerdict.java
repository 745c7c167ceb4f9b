package be.hotline.gateway.revocation;

import be.hotline.gateway.partner.RevocationMode;
import java.time.Instant;

/**
 * What is known about one certificate's revocation, and whether that refuses it under the partner's mode.
 *
 * @param reason    in words for the log and the refusal: which source said so, or why nothing could be established
 * @param revokedAt when the CA revoked it (REVOKED only, else null)
 */
public record RevocationVerdict(Status status, String reason, Instant revokedAt, RevocationMode mode) {

    public enum Status {
        /** A fresh, verified CRL or OCSP answer says it is not revoked. */
        GOOD,
        REVOKED,
        /** No fresh, verified CRL or OCSP answer covers it. */
        UNKNOWN,
        /** The partner's mode is OFF: nothing was looked at. */
        NOT_CHECKED
    }

    static RevocationVerdict notChecked() {
        return new RevocationVerdict(Status.NOT_CHECKED, "revocation checking is off for this partner", null,
                RevocationMode.OFF);
    }

    /** STRICT refuses REVOKED and UNKNOWN; SOFT refuses REVOKED only; OFF never looks. */
    public boolean refuses() {
        return switch (status) {
            case REVOKED -> mode != RevocationMode.OFF;
            case UNKNOWN -> mode == RevocationMode.STRICT;
            case GOOD, NOT_CHECKED -> false;
        };
    }

    public String describe() {
        return switch (status) {
            case REVOKED -> "certificate revoked" + (revokedAt == null ? "" : " on " + revokedAt) + " (" + reason + ")";
            case UNKNOWN -> "revocation status unknown (" + reason + ")";
            case GOOD -> "not revoked (" + reason + ")";
            case NOT_CHECKED -> reason;
        };
    }
}
