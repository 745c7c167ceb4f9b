package be.hotline.gateway.format.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.RelayedFeedback;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The news our case management gets: the relay without a case number, with a summary it may pass to the reporter. */
class CaseManagementNewsFormatTest {

    private static final Set<String> MEMBERS = Set.of("actedBy", "items", "newHostingCountry", "occurredAt", "partnerReference", "reason",
            "reference", "relayId", "removedAt", "summary", "type");

    private final CaseManagementNewsFormat format = new CaseManagementNewsFormat();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRemovalReadsAsOneSentenceWithTheBrusselsDateAndNeverTheCaseNumber() {
        RelayedFeedback removed = new RelayedFeedback("3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c", "CM-2026-11-0193",
                "HX-XXXXXXXXXXXXXXXXXXXX", FeedbackType.CONTENT_REMOVED, Instant.parse("2026-12-01T08:15:00Z"), "POLICE",
                Optional.of("BR.12.LL.123456/26"), Optional.of(Instant.parse("2026-11-30T23:40:00Z")), List.of(0, 1),
                Optional.empty());

        assertThat(new String(format.write(removed), StandardCharsets.UTF_8)).isEqualTo("""
                {"actedBy":"POLICE","items":[0,1],"occurredAt":"2026-12-01T08:15:00Z","partnerReference":"CM-2026-11-0193",\
                "reference":"HX-XXXXXXXXXXXXXXXXXXXX","relayId":"3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c",\
                "removedAt":"2026-11-30T23:40:00Z",\
                "summary":"2 reported addresses: the material was removed on 2026-12-01.","type":"CONTENT_REMOVED"}""");
    }

    @Test
    void everyTypeAndReasonHasASummaryThatNamesNoPartnerAndNoCase() throws Exception {
        for (FeedbackType type : FeedbackType.values()) {
            for (Optional<FeedbackReason> reason : reasonsOf(type)) {
                RelayedFeedback news = new RelayedFeedback("r-" + type, "CM-1", "HX-1", type, Instant.parse("2026-12-01T08:15:00Z"),
                        "DE", Optional.of("CASE-SECRET-7"), Optional.of(Instant.parse("2026-12-01T07:00:00Z")), List.of(2),
                        reason);
                JsonNode written = json.readTree(format.write(news));

                assertThat(written.fieldNames()).toIterable().isSubsetOf(MEMBERS);
                String summary = written.get("summary").asText();
                assertThat(summary).as("%s %s", type, reason).startsWith("1 reported address: ").endsWith(".")
                        .doesNotContain("CASE-SECRET-7", "DE", "POLICE", "null", "HX-1", "CM-1");
                assertThat(written.toString()).doesNotContain("CASE-SECRET-7");
            }
        }
    }

    private static List<Optional<FeedbackReason>> reasonsOf(FeedbackType type) {
        List<Optional<FeedbackReason>> reasons = new java.util.ArrayList<>(List.of(Optional.empty()));
        FeedbackReason.allowedFor(type).forEach(reason -> reasons.add(Optional.of(reason)));
        return reasons;
    }
}
