package be.hotline.gateway.report;

import static be.hotline.gateway.report.Submissions.aValidSubmission;
import static be.hotline.gateway.report.Validation.pointersFor;
import static be.hotline.gateway.report.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.report.ReportSubmission.HashFields;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules on one content item: where the material is, how it is hosted, its hashes. */
class ContentItemRulesTest {

    private static ContentItem onlyItemOf(Submissions.SubmissionBuilder submission) {
        return validate(submission).report().contentItems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.be/a.jpg", "HTTPS://EXAMPLE.BE/", "https://[2001:db8::1]:8443/x?y=1#z"})
    void absoluteHttpAndHttpsUrlsAreAccepted(String url) {
        assertThat(onlyItemOf(aValidSubmission().withUrl(url)).url()).isEqualTo(url);
    }

    @Test
    void aHostNameWithAnUnderscoreIsStillAnAbsoluteHttpUrl() {
        // RFC 3986 allows '_' in a host name, and such sub-domains exist; java.net.URI (RFC 2396) sees no host in it.
        String url = "https://my_gallery.example.be/a.jpg";

        assertThat(onlyItemOf(aValidSubmission().withUrl(url)).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ftp://example.be/a.jpg", "javascript:alert(1)", "/gallery/a.jpg", "example.be/a.jpg",
            "https://", "http:///a.jpg", "file:///etc/passwd", "data:image/png;base64,AAAA", "https://exa mple.be/"})
    void anythingButAnAbsoluteHttpUrlIsRejected(String url) {
        assertThat(pointersFor(aValidSubmission().withUrl(url))).containsExactly("/contentItems/0/url");
    }

    @Test
    void aUrlIsAtMost2048Characters() {
        String prefix = "https://example.be/";
        assertThat(onlyItemOf(aValidSubmission().withUrl(prefix + "a".repeat(2048 - prefix.length()))).url()).hasSize(2048);
        assertThat(pointersFor(aValidSubmission().withUrl(prefix + "a".repeat(2049 - prefix.length()))))
                .containsExactly("/contentItems/0/url");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"PICTURE", "image", "Image"})
    void aMissingOrUnknownContentTypeIsRejected(String contentType) {
        assertThat(pointersFor(aValidSubmission().withContentType(contentType))).containsExactly("/contentItems/0/contentType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.256", "999.1.1.1", "192.0.2", "192.0.2.1.5", "garbage", "localhost", "example.be",
            "2001:db8::g", "2001:db8:::1", "192.0.2.1/24"})
    void aHostingIpThatIsNoAddressLiteralIsRejected(String ip) {
        assertThat(pointersFor(aValidSubmission().withHostingIp(ip))).containsExactly("/contentItems/0/hostingIp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "2001:db8::1", "::1", "::ffff:192.0.2.1", "2001:DB8:0:0:0:0:0:1"})
    void ipv4AndEveryIpv6FormAreAccepted(String ip) {
        assertThat(onlyItemOf(aValidSubmission().withHostingIp(ip)).hostingIp()).contains(ip);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "be", "Be", "BEL", "UK", "B"})
    void aMissingUnknownOrLowerCaseCountryIsRejected(String country) {
        assertThat(pointersFor(aValidSubmission().withHostingCountry(country))).containsExactly("/contentItems/0/hostingCountry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"64500", "AS", "ASN64500", "AS-64500", "AS 64500", "AS12345678901", "AS64500x"})
    void anAsnNotWrittenAsAsFollowedByDigitsIsRejected(String asn) {
        assertThat(pointersFor(aValidSubmission().withAsn(asn))).containsExactly("/contentItems/0/asn");
    }

    @Test
    void anAsnIsStoredInUpperCase() {
        assertThat(onlyItemOf(aValidSubmission().withAsn("as64500")).asn()).contains("AS64500");
    }

    @Test
    void aHostingProviderIsAtMost200Characters() {
        assertThat(onlyItemOf(aValidSubmission().withHostingProvider("P".repeat(200))).hostingProvider()).isPresent();
        assertThat(pointersFor(aValidSubmission().withHostingProvider("P".repeat(201))))
                .containsExactly("/contentItems/0/hostingProvider");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SHA512", "sha256", "CRC32"})
    void aMissingOrUnknownHashAlgorithmIsRejected(String algorithm) {
        assertThat(pointersFor(aValidSubmission().withHash(algorithm, Submissions.SHA256_VALUE)))
                .containsExactly("/contentItems/0/hashes/0/algorithm");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "MD5, 098f6bcd4621d373cade4e832627b4f",
            "MD5, 098f6bcd4621d373cade4e832627b4f6a",
            "SHA1, a94a8fe5ccb19ba61c4c0873d391e987982fbbdz",
            "SHA256, 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "PDQ, not-hex-at-all",
            "PHOTODNA, short",
            "PHOTODNA, has spaces in it so not base64",
            "SHA256, null"})
    void aHashValueOfTheWrongShapeForItsAlgorithmIsRejected(String algorithm, String value) {
        assertThat(pointersFor(aValidSubmission().withHash(algorithm, value))).containsExactly("/contentItems/0/hashes/0/value");
    }

    @Test
    void anItemCarriesAtMost20Hashes() {
        HashFields sha256 = new HashFields("SHA256", Submissions.SHA256_VALUE);

        assertThat(onlyItemOf(aValidSubmission().withHashes(Collections.nCopies(20, sha256).toArray(HashFields[]::new)))
                .hashes()).hasSize(20);
        assertThat(pointersFor(aValidSubmission().withHashes(Collections.nCopies(21, sha256).toArray(HashFields[]::new))))
                .containsExactly("/contentItems/0/hashes");
    }

    @Test
    void eachHashIsCheckedAndPointedAtByItsPosition() {
        assertThat(pointersFor(aValidSubmission().withHashes(
                new HashFields("MD5", "098F6BCD4621D373CADE4E832627B4F6"),
                new HashFields("PHOTODNA", "QUJDREVGR0hJSktMTU5PUA=="),
                new HashFields("SHA1", "too-short"))))
                .containsExactly("/contentItems/0/hashes/2/value");
    }
}
