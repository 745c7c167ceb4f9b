package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV rules tell a documented CSV example from answers that differ in what the example shows. */
class DocumentedCsvRulesTest {

    private static final String EXAMPLE = "section,key,period,value\r\nreports,received,2026,31\r\nhosting,orphan,2026-01,0\r\n";

    @Test
    void anAnswerWithTheExamplesRowsAndMoreAgreesWhateverTheCounts() {
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,period,value\r\nreports,received,2026,2\r\n"
                + "hosting,orphan,2026,1\r\nhosting,orphan,2026-01,1\r\n")).isEmpty();
    }

    @Test
    void aMissingRowAnotherHeaderABadCountARepeatedRowOrNoFinalCrlfDiffer() {
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,period,value\r\nreports,received,2026,2\r\n"))
                .containsExactly("the example's row hosting,orphan,2026-01 is not in the answer");
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,month,value\r\nreports,received,2026,2\r\n"
                + "hosting,orphan,2026-01,1\r\n")).hasSize(1);
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,period,value\r\nreports,received,2026,-2\r\n"
                + "hosting,orphan,2026-01,1\r\n")).hasSize(2);
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,period,value\r\nreports,received,2026,2\r\n"
                + "reports,received,2026,2\r\nhosting,orphan,2026-01,1\r\n")).hasSize(1);
        assertThat(DocumentedCsvRules.differences(EXAMPLE, "section,key,period,value\r\nreports,received,2026,2\r\n"
                + "hosting,orphan,2026-01,1")).containsExactly("the CSV answer does not end with CRLF");
    }
}
