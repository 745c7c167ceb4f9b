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

    private static byte[] digest(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }
}
