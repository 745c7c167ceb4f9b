package be.hotline.gateway.intake;

import be.hotline.gateway.report.ValidatedReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a report's canonical form, reporter included: "same content" for idempotency means
 * the same validated report, whatever the format or whitespace it arrived in.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    public static String of(ValidatedReport report) {
        try {
            byte[] canonical = CanonicalJson.write(report).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
