package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A year's months in Brussels: winter and summer time, and the month expression's parameters in order. */
class CalendarMonthsTest {

    private final CalendarMonths months = CalendarMonths.of(2025, ZoneId.of("Europe/Brussels"));

    @Test
    void theYearAndItsMonthsStartAtMidnightInBrussels() {
        assertThat(months.from()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
        assertThat(months.to()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        // Summer time from 30 March to 26 October 2025: April to October start at 22:00 UTC.
        assertThat(months.start(4)).isEqualTo(Instant.parse("2025-03-31T22:00:00Z"));
        assertThat(months.end(3)).isEqualTo(months.start(4));
        assertThat(months.start(11)).isEqualTo(Instant.parse("2025-10-31T23:00:00Z"));
        assertThat(months.end(12)).isEqualTo(months.to());
    }

    @Test
    void theMonthExpressionTakesTheStartsOfFebruaryToDecemberThenTheYear() {
        assertThat(CalendarMonths.MONTH_OF_RECEIPT).startsWith("case when r.received_at < ? then 1")
                .endsWith("when r.received_at < ? then 11 else 12 end");
        assertThat(months.caseParameters()).hasSize(11).first().isEqualTo(Instant.parse("2025-01-31T23:00:00Z"));
        assertThat(months.monthAndYearParameters()).hasSize(13).endsWith(months.from(), months.to());
    }
}
