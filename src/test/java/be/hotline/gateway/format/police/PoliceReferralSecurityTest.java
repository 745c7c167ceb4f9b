package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.nlReport;
import static be.hotline.gateway.format.police.PoliceReferralSamples.reader;
import static be.hotline.gateway.format.police.PoliceReferralSamples.text;
import static be.hotline.gateway.format.police.PoliceReferralSamples.utf8;
import static be.hotline.gateway.format.police.PoliceReferralSamples.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.format.xml.FetchTrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Police XML is parsed as carefully as partner XML: no DOCTYPE, no entity, nothing fetched.
 * A local listening socket stands in for any URL: the tests assert nobody ever connected to it.
 */
class PoliceReferralSecurityTest {

    private static final String ROOT = "<Referral xmlns=\"urn:be:police:fccu:referral:1.0\">";

    private final FetchTrap trap = new FetchTrap();
    private final String trapUrl = trap.url();
    private final String valid = text(writer().write(nlReport(DeliveryPurpose.DOMESTIC)));
    private final String body = valid.substring(valid.indexOf(ROOT));

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    @Test
    void rejectsAnExternalFileEntityWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xml = "<!DOCTYPE Referral [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + body.replace("NL-2026-004711", "&x;");

        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(FetchTrap.chainText(e)).doesNotContain("TOP-SECRET-MARKER"));
    }

    @Test
    void rejectsExternalDtdsAndEntitiesWithoutConnecting() {
        assertRefusedAndNeverFetched("<!DOCTYPE Referral [<!ENTITY x SYSTEM \"" + trapUrl + "x\">]>" + body.replace("NL-2026-004711", "&x;"));
        assertRefusedAndNeverFetched("<!DOCTYPE Referral SYSTEM \"" + trapUrl + "referral.dtd\">" + body);
        assertRefusedAndNeverFetched("<!DOCTYPE Referral [<!ENTITY % p SYSTEM \"" + trapUrl + "p.dtd\"> %p;]>" + body);
    }

    @Test
    void rejectsBillionLaughsAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Referral [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd.append("]>").append(body.replace("NL-2026-004711", "&lol9;")).toString();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE"));
    }

    @Test
    void ignoresSchemaLocationHintsWithoutConnecting() {
        String hinted = valid.replace(ROOT, "<Referral xmlns=\"urn:be:police:fccu:referral:1.0\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:be:police:fccu:referral:1.0 " + trapUrl + "evil.xsd\">");

        assertThat(reader().read(utf8(hinted))).isEqualTo(nlReport(DeliveryPurpose.DOMESTIC));
        trap.assertNobodyConnected();
    }

    @Test
    void rejectsAbsurdNestingAndForeignDocumentsFast() {
        String deep = ROOT + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</Referral>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> reader().read(utf8(deep)))
                .isInstanceOf(IllegalArgumentException.class));

        String inhope = valid.replace("urn:be:police:fccu:referral:1.0", "urn:inhope:exchange:report:1.0");
        assertThatThrownBy(() -> reader().read(utf8(inhope))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid police referral");
        assertThatThrownBy(() -> reader().read(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefusedAndNeverFetched(String xml) {
        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
        trap.assertNobodyConnected();
    }
}
