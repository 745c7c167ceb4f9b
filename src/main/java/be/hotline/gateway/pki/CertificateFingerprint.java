package be.hotline.gateway.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a certificate's DER encoding, written like
 * {@code openssl x509 -fingerprint -sha256} does (upper-case hex pairs joined by ':'), so operators
 * can compare what the partner registry pins with what OpenSSL shows.
 */
public final class CertificateFingerprint {

    private static final HexFormat COLON_SEPARATED_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private CertificateFingerprint() {
    }

    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return COLON_SEPARATED_HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }
}
