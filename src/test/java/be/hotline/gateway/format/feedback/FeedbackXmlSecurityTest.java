package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.example;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.hotline.gateway.format.xml.FetchTrap;
import be.hotline.gateway.intake.MalformedRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback XML from partners never makes the gateway read a file, open a connection or expand entities. */
class FeedbackXmlSecurityTest {

    private static final String POLICE_ROOT = "<CaseFeedback xmlns=\"urn:be:police:fccu:case-feedback:1.0\">";
    private static final String INHOPE_ROOT = "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\">";

    private final FetchTrap trap = new FetchTrap();
    private final List<FeedbackReader> readers = List.of(InhopeFeedbackXmlReader.fromClasspath(), PoliceCaseFeedbackXmlReader.fromClasspath());

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    @Test
    void refusesAFileEntityWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String police = example("feedback-police-case-opened.xml");
        String xml = "<!DOCTYPE CaseFeedback [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + police.substring(police.indexOf(POLICE_ROOT)).replace("BR.12.LL.123456/26", "&x;");

        assertThatThrownBy(() -> PoliceCaseFeedbackXmlReader.fromClasspath().read(utf8(xml)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(FetchTrap.chainText(e)).doesNotContain("TOP-SECRET-MARKER"));
    }

    @Test
    void refusesEveryDoctypeWithoutConnecting() {
        for (String root : List.of(POLICE_ROOT, INHOPE_ROOT)) {
            String end = root.startsWith("<feedback") ? "</feedback>" : "</CaseFeedback>";
            for (String doctype : List.of(
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + trap.url() + "e\">]>",
                    "<!DOCTYPE x SYSTEM \"" + trap.url() + "x.dtd\">",
                    "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + trap.url() + "p.dtd\"> %p;]>",
                    "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")) {
                for (FeedbackReader reader : readers) {
                    assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                            assertThatThrownBy(() -> reader.read(utf8(doctype + root + end)))
                                    .isInstanceOf(MalformedRequestException.class)
                                    .hasMessageContaining("DOCTYPE"));
                }
            }
        }
        trap.assertNobodyConnected();
    }

    @Test
    void ignoresSchemaLocationHints() {
        String xml = example("feedback-police-case-opened.xml").replace(POLICE_ROOT,
                "<CaseFeedback xmlns=\"urn:be:police:fccu:case-feedback:1.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"urn:be:police:fccu:case-feedback:1.0 " + trap.url() + "x.xsd\">");

        PoliceCaseFeedbackXmlReader.fromClasspath().read(utf8(xml));
        trap.assertNobodyConnected();
    }

    @Test
    void notWellFormedIsMalformed() {
        for (FeedbackReader reader : readers) {
            assertThatThrownBy(() -> reader.read(utf8(INHOPE_ROOT + "<feedbackId>x</feedback>")))
                    .isInstanceOf(MalformedRequestException.class).hasMessageContaining("not well-formed");
        }
    }
}
