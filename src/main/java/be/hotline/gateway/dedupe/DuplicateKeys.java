package be.hotline.gateway.dedupe;

import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.store.DuplicateKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The index keys of a content item: its normalised URL, and each hash as (algorithm, canonical value). */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static List<DuplicateKey> of(ContentItem item) {
        List<DuplicateKey> keys = new ArrayList<>();
        keys.add(key(DuplicateKey.URL, "URL " + UrlNormaliser.normalise(item.url())));
        for (ContentHash hash : item.hashes()) {
            keys.add(key(DuplicateKey.HASH, "HASH " + hash.algorithm().name() + " " + hash.algorithm().canonical(hash.value())));
        }
        return keys;
    }

    private static DuplicateKey key(String kind, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new DuplicateKey(kind, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
