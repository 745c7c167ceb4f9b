package be.hotline.gateway.format.inhope;

import static be.hotline.gateway.format.inhope.InhopeXmlSamples.exampleText;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportValidator;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever mix of faults an INHOPE XML report has (elements the schema does not know, values it refuses, values
 * only the report rules refuse, in any part of the document), one 422 names each of them and nothing else.
 */
class EveryXmlFaultNamedPropertiesTest {

    private static final ReportValidator RULES = new ReportValidator(Clock.systemUTC());
    private static final InhopeXmlReportReader READER = new InhopeXmlReportReader(InhopeXmlSamples.SCHEMA, RULES);

    /** One fault: the example's text {@code from} replaced by {@code to}, named at {@code pointer}. */
    record Fault(String pointer, String from, String to) {
        @Override
        public String toString() {
            return pointer;
        }
    }

    private static final List<Fault> FAULTS = List.of(
            new Fault("/colour", "<firstSeenAt>2026-11-17T07:55:00Z</firstSeenAt>",
                    "<colour>red</colour><firstSeenAt>2026-11-17T07:55:00Z</firstSeenAt>"),
            new Fault("/assessment/severity", "<childModelling>false</childModelling>",
                    "<childModelling>false</childModelling><severity>3</severity>"),
            new Fault("/contentItems/0/asn", "<asn>AS64500</asn>\n      <firstSeenAt>2026-11-17T08:12:40Z",
                    "<asn>64500</asn>\n      <firstSeenAt>2026-11-17T08:12:40Z"),
            new Fault("/contentItems/0/hashes/1/algorithm", "<hash algorithm=\"PDQ\">", "<hash algorithm=\"CRC32\">"),
            new Fault("/contentItems/1/hostingIp", "<hostingIp>2001:db8::4a</hostingIp>", "<hostingIp>not-an-ip</hostingIp>"),
            new Fault("/contentItems/1/url", "https://img.example.be/gallery/7f3c9a/</url>",
                    "https://img.example.be/" + "a".repeat(3000) + "</url>"),
            new Fault("/assessment/classification", "<classification>BASELINE</classification>",
                    "<classification>ILLEGAL</classification>"),
            new Fault("/assessment/userGenerated", "<userGenerated>false</userGenerated>", "<userGenerated>yes</userGenerated>"),
            new Fault("/partnerReference", "<partnerReference>DE-2026-118734</partnerReference>",
                    "<partnerReference>#DE 2026</partnerReference>"),
            // Faults only the rules see, answered with the schema's.
            new Fault("/contentItems/1/lastSeenAt", "<lastSeenAt>2026-11-18T14:05:31Z</lastSeenAt>",
                    "<lastSeenAt>2026-11-01T00:00:00Z</lastSeenAt>"),
            new Fault("/contentItems/0/url", "<url>https://img.example.be/gallery/7f3c9a/0042.jpg</url>",
                    "<url>ftp://img.example.be/gallery/7f3c9a/0042.jpg</url>"));

    @Property(tries = 200)
    void a422NamesEveryFaultOfAnXmlReport(@ForAll("faults") Set<Fault> faults) {
        String xml = exampleText();
        for (Fault fault : faults) {
            assertThat(xml).as("the example still has what %s replaces", fault).contains(fault.from());
            xml = xml.replace(fault.from(), fault.to());
        }
        byte[] body = utf8(xml);

        // As the intake does: read, then the rules (which the reader applies itself to a document with violations).
        InvalidReportException refused = catchThrowableOfType(InvalidReportException.class, () -> RULES.validate(READER.read(body)));

        assertThat(refused).as("refused as invalid").isNotNull();
        assertThat(refused.errors()).extracting(FieldError::pointer)
                .containsExactlyInAnyOrderElementsOf(faults.stream().map(Fault::pointer).toList());
    }

    @Provide
    Arbitrary<Set<Fault>> faults() {
        return Arbitraries.of(FAULTS).set().ofMinSize(1).ofMaxSize(FAULTS.size());
    }
}
