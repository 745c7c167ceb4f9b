package be.hotline.gateway.intake;

import be.hotline.gateway.random.ThreadRandom;
import java.security.SecureRandom;

/**
 * Our references: "HX-" and 20 Crockford base-32 characters (100 random bits), so they
 * reveal nothing about volume or order and cannot be guessed.
 */
public final class ReferenceGenerator {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    public String next() {
        SecureRandom random = ThreadRandom.current();
        StringBuilder reference = new StringBuilder("HX-");
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
