package be.hotline.gateway.support;

import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.Pkcs12Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keystore files of the gateway's own keys, written and rotated as the ops procedure says. */
public final class KeystoreFiles {

    private KeystoreFiles() {
    }

    /** A PKCS#12 file {@code name} in {@code folder} holding {@code issued} under the alias "gateway". */
    public static Path write(Path folder, String name, IssuedCertificate issued, char[] password) throws Exception {
        Path file = folder.resolve(name);
        Pkcs12Writer.write(file, "gateway", issued, password);
        return file;
    }

    /** As an operator should: the new file moved into place in one step. */
    public static void replace(Path target, Path source) throws Exception {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
