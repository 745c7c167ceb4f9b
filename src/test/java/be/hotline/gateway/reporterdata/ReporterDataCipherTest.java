package be.hotline.gateway.reporterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.support.TestReporterDataKeys;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM per value: a fresh IV each time, and a value bound to its key id, its report and its field. */
class ReporterDataCipherTest {

    private final String a = TestReporterDataKeys.newKey();
    private final String b = TestReporterDataKeys.newKey();
    private final ReporterDataCipher cipher = new ReporterDataCipher(ReporterDataKeySources.fromList("a:" + a + ",b:" + b, "b"));

    @Test
    void theSameValueEncryptsDifferentlyEachTimeAndReadsBack() {
        String first = cipher.encrypt("HX-1", "name", "Jane Doe");
        String second = cipher.encrypt("HX-1", "name", "Jane Doe");
        assertThat(first).isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + "Jane Doe".length() + 16);
        assertThat(cipher.decrypt("b", "HX-1", "name", first)).isEqualTo("Jane Doe");
        assertThat(cipher.decrypt("b", "HX-1", "name", second)).isEqualTo("Jane Doe");
        assertThat(cipher.encrypt("HX-1", "name", null)).isNull();
    }

    @Test
    void aValueReadsOnlyUnderItsOwnKeyIdReferenceAndField() {
        String sealed = cipher.encrypt("HX-1", "email", "jane@example.org");
        assertThatThrownBy(() -> cipher.decrypt("b", "HX-2", "email", sealed))
                .isInstanceOf(UnreadableReporterDataException.class).hasMessageContaining("does not authenticate")
                .hasMessageNotContaining("jane");
        assertThatThrownBy(() -> cipher.decrypt("b", "HX-1", "phone", sealed)).isInstanceOf(UnreadableReporterDataException.class);
        assertThatThrownBy(() -> cipher.decrypt("a", "HX-1", "email", sealed)).isInstanceOf(UnreadableReporterDataException.class);
        assertThatThrownBy(() -> cipher.decrypt("gone", "HX-1", "email", sealed))
                .isInstanceOf(UnreadableReporterDataException.class).hasMessageContaining("key 'gone'")
                .satisfies(e -> assertThat(((UnreadableReporterDataException) e).keyId()).isEqualTo("gone"));
    }

    @Test
    void aChangedByteDoesNotDecrypt() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("HX-1", "name", "Jane Doe"));
        sealed[14] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("b", "HX-1", "name", Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(UnreadableReporterDataException.class);
    }

    @Test
    void anOlderListedKeyStillDecrypts() {
        ReporterDataCipher before = new ReporterDataCipher(ReporterDataKeySources.fromList("a:" + a, "a"));
        assertThat(cipher.decrypt("a", "HX-1", "phone", before.encrypt("HX-1", "phone", "+32 2 555 00 00")))
                .isEqualTo("+32 2 555 00 00");
    }
}
