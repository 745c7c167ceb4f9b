package be.hotline.gateway.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * PKCS#12 key stores holding one private key with its chain. Written by the JDK's own PKCS12
 * KeyStore: Java 17 protects it with PBES2/AES-256 and an HmacSHA256 MAC, which the JDK, Jetty
 * and OpenSSL 3 (hence curl {@code --cert file.p12:pw --cert-type P12}) all read without legacy
 * algorithms enabled.
 */
public final class Pkcs12Writer {

    private Pkcs12Writer() {
    }

    public static void write(Path file, String alias, IssuedCertificate issued, char[] password) throws IOException {
        byte[] content = toBytes(alias, issued, password);
        // Protected by a password, but a demo password is public: treat it like a bare key file.
        OwnerOnlyFiles.write(file, content);
    }

    public static byte[] toBytes(String alias, IssuedCertificate issued, char[] password) {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(alias, issued.privateKey(), password,
                    issued.chain().toArray(X509Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keyStore.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a PKCS#12 key store for alias " + alias, e);
        }
    }
}
