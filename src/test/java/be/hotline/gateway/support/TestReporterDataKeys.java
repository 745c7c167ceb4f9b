package be.hotline.gateway.support;

import be.hotline.gateway.reporterdata.ReporterDataCipher;
import be.hotline.gateway.reporterdata.ReporterDataKeySources;
import java.security.SecureRandom;
import java.util.Base64;

/** Fresh AES-256 reporter data keys for tests that build a store without the gateway's configuration. */
public final class TestReporterDataKeys {

    private TestReporterDataKeys() {
    }

    /** A base64 AES-256 key, as gateway.reporter-data.keys lists them. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A cipher with one fresh key, id "test". */
    public static ReporterDataCipher cipher() {
        return new ReporterDataCipher(ReporterDataKeySources.fromList("test:" + newKey(), "test"));
    }
}
