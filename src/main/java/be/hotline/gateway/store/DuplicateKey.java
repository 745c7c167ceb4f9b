package be.hotline.gateway.store;

/**
 * One index key of a content item: its normalised URL or one of its hashes, as the SHA-256 (hex) of its text.
 *
 * @param kind   {@code URL} or {@code HASH}: what a match was on
 * @param sha256 64 lower-case hex digits
 */
public record DuplicateKey(String kind, String sha256) {

    public static final String URL = "URL";
    public static final String HASH = "HASH";
}
