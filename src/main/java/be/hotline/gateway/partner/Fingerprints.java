package be.hotline.gateway.partner;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** SHA-256 fingerprints of certificates' DER encoding. */
public final class Fingerprints {

    private static final HexFormat PLAIN_HEX = HexFormat.of().withUpperCase();
    private static final HexFormat COLON_SEPARATED_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {
    }

    /** Upper-case hex without separators: how identities are compared. */
    public static String sha256(X509Certificate certificate) {
        return PLAIN_HEX.formatHex(digest(certificate));
    }

    /** Upper-case hex pairs joined by ':', as {@code openssl x509 -fingerprint -sha256} shows them to operators. */
    public static String sha256WithColons(X509Certificate certificate) {
        return COLON_SEPARATED_HEX.formatHex(digest(certificate));
    }

    /**
     * A fingerprint as an operator may type or paste it (colons, spaces, lower case) in the form
     * {@link #sha256} gives, or empty when it is not 64 hexadecimal digits.
     */
    public static java.util.Optional<String> normalise(String typed) {
        String plain = typed == null ? "" : typed.replace(":", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return plain.matches("[0-9A-F]{64}") ? java.util.Optional.of(plain) : java.util.Optional.empty();
    }

    private static byte[] digest(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }
}
