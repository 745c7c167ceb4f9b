package be.hotline.gateway.format.inhope;

import static be.hotline.gateway.format.inhope.InhopeXmlSamples.exampleText;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.reader;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.sample;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.format.xml.FetchTrap;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partner XML must never make the gateway read a file, open a connection or expand entities.
 * A local listening socket stands in for any URL: the tests assert nobody ever connected to it.
 */
class InhopeXmlSecurityTest {

    private static final String ROOT = "<report xmlns=\"urn:inhope:exchange:report:1.0\">";

    private final FetchTrap trap = new FetchTrap();
    private final String trapUrl = trap.url();

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    @Test
    void theTrapNoticesAConnection() throws IOException {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), trap.port())) {
            assertThat(trap.acceptsWithin(2000)).isTrue();
        }
    }

    @Test
    void rejectsAnExternalFileEntityWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xml = "<!DOCTYPE report [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + exampleText().substring(exampleText().indexOf(ROOT)).replace("DE-2026-118734", "&x;");

        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(FetchTrap.chainText(e)).doesNotContain("TOP-SECRET-MARKER"));
        assertThatThrownBy(() -> reader().read(sample("report-xxe-file.xml")))
                .isInstanceOf(MalformedRequestException.class)
                .satisfies(e -> assertThat(FetchTrap.chainText(e)).doesNotContain("root:"));
    }

    @Test
    void rejectsAnExternalHttpEntityWithoutConnecting() {
        assertMalformedAndNeverFetched("<!DOCTYPE report [<!ENTITY x SYSTEM \"" + trapUrl + "x\">]>"
                + ROOT + "<partnerReference>&x;</partnerReference></report>");
    }

    @Test
    void rejectsAnExternalDtdAndParameterEntitiesWithoutConnecting() {
        assertMalformedAndNeverFetched("<!DOCTYPE report SYSTEM \"" + trapUrl + "report.dtd\">" + ROOT + "</report>");
        assertMalformedAndNeverFetched("<!DOCTYPE report PUBLIC \"-//X//Y//EN\" \"" + trapUrl + "p.dtd\">" + ROOT + "</report>");
        assertMalformedAndNeverFetched("<!DOCTYPE report [<!ENTITY % p SYSTEM \"" + trapUrl + "p.dtd\"> %p;]>"
                + ROOT + "</report>");
    }

    @Test
    void rejectsBillionLaughsAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> reader().read(sample("report-billion-laughs.xml")))
                        .isInstanceOf(MalformedRequestException.class)
                        .hasMessageContaining("DOCTYPE"));
    }

    @Test
    void ignoresSchemaLocationHintsAndXIncludeWithoutConnecting() throws IOException {
        String hinted = exampleText().replace(ROOT, "<report xmlns=\"urn:inhope:exchange:report:1.0\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:inhope:exchange:report:1.0 " + trapUrl + "evil.xsd\">");
        assertThat(reader().read(utf8(hinted)).partnerReference()).isEqualTo("DE-2026-118734");

        String included = exampleText().replace("<partnerReference>DE-2026-118734</partnerReference>",
                "<partnerReference>DE-2026-118734</partnerReference>"
                        + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + trapUrl + "x.xml\"/>");
        assertThatThrownBy(() -> reader().read(utf8(included))).isInstanceOf(InvalidReportException.class);

        trap.assertNobodyConnected();
    }

    @Test
    void rejectsAbsurdNestingFast() {
        String deep = ROOT + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</report>";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> reader().read(utf8(deep)))
                        .isInstanceOf(MalformedRequestException.class)
                        .hasMessageContaining("nested deeper than"));
    }

    private void assertMalformedAndNeverFetched(String xml) {
        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("DOCTYPE");
        trap.assertNobodyConnected();
    }
}
