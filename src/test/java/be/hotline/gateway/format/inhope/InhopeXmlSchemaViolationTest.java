package be.hotline.gateway.format.inhope;

import static be.hotline.gateway.format.inhope.InhopeXmlSamples.exampleText;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.reader;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.sample;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.hotline.gateway.format.xml.ValidatingXmlReader;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InhopeXmlSchemaViolationTest {

    @Test
    void listsEverySchemaViolationAtOnceWithItsFieldAndPlainWords() {
        Map<String, String> errors = errorsOf(sample("report-several-violations.xml"));

        assertThat(errors).containsOnlyKeys(
                "/contentItems/0/url",
                "/contentItems/0/contentType",
                "/contentItems/1/hostingCountry",
                "/contentItems/1/hashes/0/algorithm",
                "/assessment/classification");
        assertThat(errors.get("/contentItems/0/url")).startsWith("expected here, but found element 'contentType'");
        assertThat(errors.get("/contentItems/0/contentType"))
                .startsWith("unknown value 'PICTURE'; expected one of [IMAGE, VIDEO, WEBSITE, OTHER]")
                .contains("line 8, column").contains("cvc-enumeration-valid");
        assertThat(errors.get("/contentItems/1/hostingCountry")).startsWith("must be an ISO 3166-1 alpha-2 country code");
        assertThat(errors.get("/contentItems/1/hashes/0/algorithm")).startsWith("unknown value 'SHA512'");
        assertThat(errors.get("/assessment/classification")).startsWith("unknown value 'ILLEGAL'");
    }

    @Test
    void namesMissingElementsAndEmptyLists() {
        String xml = exampleText().replaceAll("(?s)<contentItems>.*</contentItems>", "<contentItems/>")
                .replaceAll("(?s)<assessment>.*</assessment>", "");

        Map<String, String> errors = errorsOf(utf8(xml));

        assertThat(errors).containsOnlyKeys("/contentItems", "/assessment");
        assertThat(errors.get("/contentItems")).startsWith("needs at least one 'item'");
        assertThat(errors.get("/assessment")).startsWith("is required");
    }

    @Test
    void pointsAtMissingRequiredElementsAtTheEndOfTheirParent() {
        String xml = exampleText().replace("<classification>BASELINE</classification>", "")
                .replaceAll("(?s)<hostingCountry>BE</hostingCountry>\\s*<hostingProvider>.*?</hashes>", "");

        Map<String, String> errors = errorsOf(utf8(xml));

        assertThat(errors).containsKeys("/assessment/classification", "/contentItems/0/hostingCountry");
    }

    @Test
    void describesBadValuesOfEachKind() {
        String xml = exampleText()
                .replace("DE-2026-118734", "#DE 2026")
                .replace("<firstSeenAt>2026-11-17T07:55:00Z</firstSeenAt>", "<firstSeenAt>2026-11-17T07:55:00</firstSeenAt>")
                .replace("<userGenerated>false</userGenerated>", "<userGenerated>yes</userGenerated>")
                .replaceFirst("<asn>AS64500</asn>", "<asn>64500</asn>")
                .replace(">55a45d37cafe85c06b180cdff42a3566cb56a0841f5569edaee257191d656c4e<", "><")
                .replace("https://img.example.be/gallery/7f3c9a/</url>", "https://img.example.be/" + "a".repeat(3000) + "</url>");

        Map<String, String> errors = errorsOf(utf8(xml));

        assertThat(errors).containsOnlyKeys("/partnerReference", "/firstSeenAt", "/assessment/userGenerated", "/contentItems/0/asn",
                "/contentItems/0/hashes/1/value", "/contentItems/1/url");
        assertThat(errors.get("/partnerReference")).startsWith("must be 1-128 characters");
        assertThat(errors.get("/firstSeenAt")).startsWith("must be a date and time with a time zone");
        assertThat(errors.get("/assessment/userGenerated")).startsWith("must be true or false");
        assertThat(errors.get("/contentItems/0/asn")).startsWith("must look like AS64500");
        assertThat(errors.get("/contentItems/0/hashes/1/value")).startsWith("must not be empty");
        assertThat(errors.get("/contentItems/1/url")).startsWith("is too long: 3023 characters, at most 2048")
                .doesNotContain("aaaa");
    }

    @Test
    void rejectsTheWrongRootOrNamespace() {
        String unqualified = exampleText().replace(" xmlns=\"urn:inhope:exchange:report:1.0\"", "");

        assertThat(errorsOf(utf8(unqualified))).containsOnlyKeys("")
                .extractingByKey("").asString().startsWith("the root element must be 'report' in namespace urn:inhope:exchange:report:1.0");
    }

    @Test
    void flagsUnknownAndSurplusElements() {
        String xml = exampleText().replace("</childModelling>", "</childModelling><comment>hi</comment>");

        assertThat(errorsOf(utf8(xml))).containsOnlyKeys("/assessment/comment")
                .extractingByKey("/assessment/comment").asString().startsWith("element 'comment' is not allowed here");
    }

    @Test
    void neverEchoesReporterData() {
        String longEmail = "jan.voorbeeld." + "x".repeat(260) + "@example.org";
        String xml = new String(sample("report-with-reporter.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("jan.voorbeeld@example.org", longEmail)
                .replace("<phone>+32 2 555 01 23</phone>", "<phone>+32 2 555 01 23<x/></phone>");

        List<FieldError> errors = invalid(utf8(xml)).errors();

        assertThat(errors).extracting(FieldError::pointer).contains("/reporter/email", "/reporter/phone");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("voorbeeld").doesNotContain("555"));
    }

    @Test
    void stopsCollectingAfterTooManyViolations() {
        String item = "<item><url>https://a.example.be/</url><contentType>IMAGE</contentType><hostingCountry>xx</hostingCountry></item>";
        String xml = exampleText().replaceAll("(?s)<contentItems>.*</contentItems>",
                "<contentItems>" + item.repeat(400) + "</contentItems>");

        List<FieldError> errors = invalid(utf8(xml)).errors();

        assertThat(errors).hasSizeLessThanOrEqualTo(ValidatingXmlReader.MAX_VIOLATIONS + 1);
        assertThat(errors.get(errors.size() - 1).message()).contains("checking stopped");
    }

    /** An element the schema does not know hides none of the faults after it, in its parent or elsewhere. */
    @Test
    void anUnexpectedElementHidesNoInvalidValue() {
        String xml = exampleText()
                .replace("<partnerReference>DE-2026-118734</partnerReference>",
                        "<partnerReference>DE-2026-118734</partnerReference><colour>red</colour>")
                .replaceFirst("<hostingIp>192.0.2.45</hostingIp>", "<hostingIp>192.0.2.45</hostingIp><extra/>")
                .replaceFirst("<asn>AS64500</asn>", "<asn>64500</asn>")
                .replace("<classification>BASELINE</classification>", "<classification>ILLEGAL</classification>");

        Map<String, String> errors = errorsOf(utf8(xml));

        assertThat(errors).containsOnlyKeys("/colour", "/contentItems/0/hostingCountry", "/contentItems/0/asn",
                "/assessment/classification");
        assertThat(errors.get("/colour")).startsWith("element 'colour' is not allowed here");
        // Where one element must come next, the fault is told at that element, naming what came instead.
        assertThat(errors.get("/contentItems/0/hostingCountry")).startsWith("expected here, but found element 'extra'");
        assertThat(errors.get("/contentItems/0/asn")).startsWith("must look like AS64500");
        assertThat(errors.get("/assessment/classification")).startsWith("unknown value 'ILLEGAL'");
    }

    private static Map<String, String> errorsOf(byte[] xml) {
        return invalid(xml).errors().stream().collect(Collectors.toMap(FieldError::pointer, FieldError::message));
    }

    private static InvalidReportException invalid(byte[] xml) {
        InvalidReportException e = catchThrowableOfType(InvalidReportException.class, () -> reader().read(xml));
        assertThat(e).as("expected the report to be rejected as invalid").isNotNull();
        return e;
    }
}
