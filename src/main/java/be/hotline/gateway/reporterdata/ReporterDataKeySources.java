package be.hotline.gateway.reporterdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Where the reporter data keys come from: a PKCS#12 keystore of secret-key entries, or a list from the environment. */
public final class ReporterDataKeySources {

    private ReporterDataKeySources() {
    }

    /** Every secret-key entry of the keystore, its alias the key id. */
    public static ReporterDataKeyring fromKeystore(Path file, char[] password, String currentId) {
        String source = "keystore " + file;
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("reporter data keys: " + source + " does not exist"
                    + " (gateway.reporter-data.keystore, or set gateway.reporter-data.keys)");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    SecretKey key = ((KeyStore.SecretKeyEntry) store.getEntry(alias, protection)).getSecretKey();
                    keys.put(alias, new SecretKeySpec(key.getEncoded(), "AES"));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("reporter data keys: cannot read " + source
                    + " (wrong password, or not a PKCS#12 file): " + e.getMessage(), e);
        }
        return ReporterDataKeyring.of(keys, currentId, source);
    }

    /** {@code id1:base64key,id2:base64key}, each key 32 random bytes in standard base64. */
    public static ReporterDataKeyring fromList(String list, String currentId) {
        String source = "gateway.reporter-data.keys";
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                // Never quote the entry: it may be a key.
                throw new IllegalStateException("reporter data keys (" + source + "): entry " + (keys.size() + 1)
                        + " is not id:base64key");
            }
            String id = trimmed.substring(0, colon);
            byte[] key;
            try {
                key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("reporter data keys (" + source + "): key '" + id + "' is not base64");
            }
            if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException("reporter data keys (" + source + "): key id '" + id + "' is listed twice");
            }
        }
        return ReporterDataKeyring.of(keys, currentId, source);
    }
}
