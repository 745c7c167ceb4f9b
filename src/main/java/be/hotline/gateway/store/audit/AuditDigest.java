package be.hotline.gateway.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (lower-case hex) of a list of fields in one unambiguous encoding: each field is its UTF-8 byte length,
 * a colon and its bytes; a missing field is a single '~'. So ("ab","c") and ("a","bc") never hash alike.
 */
public final class AuditDigest {

    private AuditDigest() {
    }

    public static String of(String... fields) {
        MessageDigest digest = sha256();
        for (String field : fields) {
            if (field == null) {
                digest.update((byte) '~');
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }
}
