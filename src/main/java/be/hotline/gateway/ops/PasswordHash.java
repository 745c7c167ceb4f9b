package be.hotline.gateway.ops;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Ops users' passwords as PBKDF2-HMAC-SHA256: {@code pbkdf2$<iterations>$<salt b64>$<hash b64>}. Slow on
 * purpose, so a leaked configuration does not give the passwords away; compared in constant time.
 */
public final class PasswordHash {

    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password, salt, iterations));
    }

    /** @throws IllegalArgumentException when the stored value is not a hash of this format */
    public static void requireWellFormed(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !"pbkdf2".equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("not a pbkdf2$<iterations>$<salt b64>$<hash b64> value");
        }
        Base64.getDecoder().decode(parts[2]);
        Base64.getDecoder().decode(parts[3]);
    }

    /** @throws IllegalArgumentException when the stored value is not a hash of this format */
    public static boolean verify(String stored, char[] password) {
        requireWellFormed(stored);
        String[] parts = stored.split("\\$");
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
