package be.hotline.gateway.report;

import static be.hotline.gateway.report.Submissions.aValidSubmission;
import static be.hotline.gateway.report.Validation.NOW;
import static be.hotline.gateway.report.Validation.pointersFor;
import static be.hotline.gateway.report.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps: RFC 3339 with an offset, not in the future beyond the allowed clock skew, in order. */
class TimestampRulesTest {

    private static final String WITHIN_SKEW = NOW.plus(Duration.ofMinutes(2)).toString();
    private static final String BEYOND_SKEW = NOW.plus(Duration.ofMinutes(2)).plusSeconds(1).toString();
    private static final String EARLIER = "2026-11-20T10:15:00Z";

    @Test
    void aTimestampUpToTwoMinutesAheadOfOurClockIsAccepted() {
        ContentItem item = validate(aValidSubmission().withFirstSeenAt(WITHIN_SKEW).withSeen(EARLIER, WITHIN_SKEW))
                .report().contentItems().get(0);

        assertThat(item.lastSeenAt()).contains(Instant.parse(WITHIN_SKEW));
    }

    @Test
    void aTimestampFurtherInTheFutureIsRejectedWhereverItIs() {
        assertThat(pointersFor(aValidSubmission().withFirstSeenAt(BEYOND_SKEW).withSeen(BEYOND_SKEW, BEYOND_SKEW)))
                .containsExactlyInAnyOrder("/firstSeenAt", "/contentItems/0/firstSeenAt", "/contentItems/0/lastSeenAt");
    }

    @Test
    void theFutureIsJudgedByTheInstantNotByTheLocalTimeWritten() {
        String inBrussels = "2026-11-25T13:03:00+01:00";

        assertThat(pointersFor(aValidSubmission().withFirstSeenAt(inBrussels))).containsExactly("/firstSeenAt");
        assertThat(validate(aValidSubmission().withFirstSeenAt("2026-11-25T07:01:00-05:00")).report().firstSeenAt())
                .contains(Instant.parse("2026-11-25T12:01:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:15:00", "2026-11-20", "20/11/2026 10:15", "2026-11-20 10:15:00Z",
            "2026-13-01T00:00:00Z", "2026-11-20T25:00:00Z", "1763633700", "yesterday"})
    void aTimestampWithoutOffsetOrInAnotherFormatIsRejected(String timestamp) {
        assertThat(pointersFor(aValidSubmission().withFirstSeenAt(timestamp).withSeen(timestamp, null)))
                .containsExactlyInAnyOrder("/firstSeenAt", "/contentItems/0/firstSeenAt");
    }

    @Test
    void fractionalSecondsAndOffsetsAreAccepted() {
        assertThat(validate(aValidSubmission().withFirstSeenAt("2026-11-20T11:15:00.250+01:00")).report().firstSeenAt())
                .contains(Instant.parse("2026-11-20T10:15:00.250Z"));
    }

    @Test
    void aTimestampBefore1990IsRejected() {
        assertThat(pointersFor(aValidSubmission().withFirstSeenAt("1989-12-31T23:59:59Z").withSeen("0000-01-01T00:00:00Z", null)))
                .containsExactlyInAnyOrder("/firstSeenAt", "/contentItems/0/firstSeenAt");
        assertThat(validate(aValidSubmission().withFirstSeenAt("1990-01-01T01:00:00+01:00")).report().firstSeenAt())
                .contains(Instant.parse("1990-01-01T00:00:00Z"));
    }

    @Test
    void lastSeenBeforeFirstSeenIsRejected() {
        assertThat(pointersFor(aValidSubmission().withSeen("2026-11-20T10:15:00Z", "2026-11-20T10:14:59Z")))
                .containsExactly("/contentItems/0/lastSeenAt");
    }

    @Test
    void lastSeenAtTheSameInstantAsFirstSeenIsAccepted() {
        ContentItem item = validate(aValidSubmission().withSeen("2026-11-20T11:15:00+01:00", "2026-11-20T10:15:00Z"))
                .report().contentItems().get(0);

        assertThat(item.lastSeenAt()).isEqualTo(item.firstSeenAt());
    }
}
