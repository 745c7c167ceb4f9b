package be.hotline.gateway.reporterdata;

import be.hotline.gateway.random.ThreadRandom;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for one field of reporter data: a fresh 96-bit random IV per value, stored as base64(IV || ciphertext || tag).
 * The key id, the report's reference and the field's name are the associated data, so a value copied to another row,
 * another field or relabelled with another key id does not decrypt.
 */
public final class ReporterDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ReporterDataKeyring keys;

    public ReporterDataCipher(ReporterDataKeyring keys) {
        this.keys = keys;
    }

    /** The id of the key {@link #encrypt} uses, to be stored with the row. */
    public String currentKeyId() {
        return keys.currentId();
    }

    /** Encrypts under the current key; null stays null. */
    public String encrypt(String reference, String field, String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        ThreadRandom.current().nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(keys.currentId(), reference, field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for reporter data of " + reference, e);
        }
    }

    /** Decrypts a value stored under {@code keyId}; null stays null; anything that does not authenticate throws. */
    public String decrypt(String keyId, String reference, String field, String stored) {
        if (stored == null) {
            return null;
        }
        SecretKey key = keys.key(keyId).orElseThrow(() -> new UnreadableReporterDataException("reporter data of "
                + reference + " is under key '" + keyId + "', which is not among this gateway's reporter data keys "
                + keys.ids() + ": put the key back (gateway.reporter-data.keystore or .keys)", keyId, null));
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associatedData(keyId, reference, field));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableReporterDataException("reporter data of " + reference + " (" + field + ", key '" + keyId
                    + "') does not authenticate: changed or copied from another row", keyId, e);
        }
    }

    private static byte[] associatedData(String keyId, String reference, String field) {
        return ("hotline-gateway:reporter-data:v1\n" + keyId + "\n" + reference + "\n" + field).getBytes(StandardCharsets.UTF_8);
    }
}
