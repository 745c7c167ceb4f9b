package be.hotline.gateway.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The docs/api NL example made into distinct reports: each under its own partnerReference, with its own URLs and
 * hashes. Distinct content matters: reports sharing URLs or hashes take turns on the same rows of the duplicate
 * index (docs/api/routing-and-lifecycle.md, "Duplicates"), so a benchmark posting one example's content again and
 * again measures how long one intake holds those locks, not how fast the gateway takes in different reports.
 */
final class UniqueReports {

    private static final String EXAMPLE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String EXAMPLE_MD5 = "098f6bcd4621d373cade4e832627b4f6";

    private final String template;

    UniqueReports() throws Exception {
        this.template = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"));
        for (String part : new String[] {"NL-2026-004711", "/gallery/7f3a/", EXAMPLE_SHA256, EXAMPLE_MD5}) {
            if (!template.contains(part)) {
                throw new IllegalStateException("the docs/api example no longer holds " + part + ": adapt the benchmark");
            }
        }
    }

    /** The report named {@code name}: its partnerReference, URL path, SHA-256 and MD5 all derived from the name. */
    byte[] body(String name) {
        String sha256 = HexFormat.of().formatHex(digest("SHA-256", name));
        String md5 = HexFormat.of().formatHex(digest("MD5", name));
        return template.replace("NL-2026-004711", name).replace("/gallery/7f3a/", "/gallery/" + name + "/")
                .replace(EXAMPLE_SHA256, sha256).replace(EXAMPLE_MD5, md5).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] digest(String algorithm, String name) {
        try {
            return MessageDigest.getInstance(algorithm).digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
