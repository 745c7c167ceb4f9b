package be.hotline.gateway.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * PEM files as OpenSSL, curl, nginx and the JDK's PEM-reading tools expect them: 64-column
 * base64 between BEGIN/END lines, private keys as unencrypted PKCS#8 ("PRIVATE KEY").
 */
public final class PemWriter {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private PemWriter() {
    }

    public static String certificateToPem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    public static String privateKeyToPem(PrivateKey key) {
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new IllegalArgumentException("expected a PKCS#8-encodable key, got " + key.getFormat());
        }
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, certificateToPem(certificate), StandardCharsets.US_ASCII);
    }

    /** The key is unencrypted, so the file is made readable by its owner only (where POSIX allows). */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        OwnerOnlyFiles.write(file, privateKeyToPem(key).getBytes(StandardCharsets.US_ASCII));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
