package be.hotline.gateway.pki;

import be.hotline.gateway.partner.Fingerprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code fingerprints.txt}: one {@code <relative path> SHA-256 <fingerprint>} line per certificate,
 * sorted by path so that regenerating the demo PKI gives a readable diff.
 */
final class FingerprintsFile {

    private FingerprintsFile() {
    }

    static String render(Map<String, X509Certificate> certificatesByRelativePath) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(certificatesByRelativePath).forEach((path, certificate) -> text.append(path)
                .append(" SHA-256 ").append(Fingerprints.sha256WithColons(certificate)).append('\n'));
        return text.toString();
    }

    static void write(Path file, Map<String, X509Certificate> certificatesByRelativePath) throws IOException {
        Files.writeString(file, render(certificatesByRelativePath), StandardCharsets.US_ASCII);
    }
}
