package be.hotline.gateway.format.inhope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InhopeXmlPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/partnerReference | /partnerReference",
            "/contentItems | /contentItems",
            "/contentItems/0 | /contentItems/item[1]",
            "/contentItems/0/url | /contentItems/item[1]/url",
            "/contentItems/11/hostingCountry | /contentItems/item[12]/hostingCountry",
            "/contentItems/1/hashes | /contentItems/item[2]/hashes",
            "/contentItems/1/hashes/0 | /contentItems/item[2]/hashes/hash[1]",
            "/contentItems/1/hashes/0/value | /contentItems/item[2]/hashes/hash[1]",
            "/contentItems/1/hashes/2/algorithm | /contentItems/item[2]/hashes/hash[3]/@algorithm",
            "/assessment/classification | /assessment/classification",
            "/assessment/value | /assessment/value",
            "/reporter | /reporter",
            "/colour | /colour"})
    void namesEachFieldByItsPathInTheXml(String jsonPointer, String xmlPath) {
        assertThat(InhopeXmlPaths.of(jsonPointer)).isEqualTo(xmlPath);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "/"})
    void theWholeDocumentStaysAsItIs(String pointer) {
        assertThat(InhopeXmlPaths.of(pointer)).isEqualTo(pointer);
    }
}
