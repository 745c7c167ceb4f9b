package be.hotline.gateway.reporterdata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * The AES-256 keys that protect reporter contact details, each with an id stored beside every row it encrypts.
 * The current key encrypts; every listed key decrypts, so a key can be replaced without a moment of unreadable rows.
 */
public final class ReporterDataKeyring {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int AES_256_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String currentId;

    private ReporterDataKeyring(Map<String, SecretKey> keys, String currentId) {
        this.keys = keys;
        this.currentId = currentId;
    }

    /** Refuses, naming what is wrong, a ring without keys, a key not AES-256, a bad id or a current id not in the ring. */
    public static ReporterDataKeyring of(Map<String, SecretKey> keys, String currentId, String source) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("reporter data keys (" + source + "): no key found");
        }
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("reporter data keys (" + source + "): key id '" + id
                        + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
            byte[] encoded = key.getEncoded();
            if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || encoded == null || encoded.length != AES_256_BYTES) {
                throw new IllegalStateException("reporter data keys (" + source + "): key '" + id
                        + "' is not an AES-256 key (" + key.getAlgorithm() + ", "
                        + (encoded == null ? "not readable" : encoded.length * 8 + " bits") + ")");
            }
        });
        if (currentId == null || currentId.isBlank()) {
            throw new IllegalStateException("reporter data keys (" + source + "): gateway.reporter-data.key-current"
                    + " (GATEWAY_REPORTER_DATA_KEY_CURRENT) is not set; it names the key that encrypts, one of " + keys.keySet());
        }
        if (!keys.containsKey(currentId)) {
            throw new IllegalStateException("reporter data keys (" + source + "): the current key '" + currentId
                    + "' (gateway.reporter-data.key-current) is not among the keys " + keys.keySet());
        }
        return new ReporterDataKeyring(new LinkedHashMap<>(keys), currentId);
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public Set<String> ids() {
        return Set.copyOf(keys.keySet());
    }

    /** The ids of the keys whose SHA-256 is one of these (a hash of a random 256-bit key gives nothing away). */
    public Set<String> idsOfKeysHashing(Set<String> sha256Hex) {
        Set<String> found = new TreeSet<>();
        keys.forEach((id, key) -> {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
                if (sha256Hex.contains(HexFormat.of().formatHex(hash))) {
                    found.add(id);
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
            }
        });
        return found;
    }

    @Override
    public String toString() {
        return "ReporterDataKeyring[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
