package be.hotline.gateway.format.police;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Times as the police read them: Brussels local time with its offset (+01:00 in winter, +02:00 in
 * summer). The offset keeps every instant exact, also in the hour that repeats when clocks go back.
 */
final class BrusselsTime {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private BrusselsTime() {
    }

    /** e.g. 2026-11-25T17:12:00Z becomes 2026-11-25T18:12:00+01:00. */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BRUSSELS).toOffsetDateTime());
    }

    static String format(Optional<Instant> instant) {
        return instant.map(BrusselsTime::format).orElse(null);
    }

    /** Any offset is understood; the schema only lets Brussels offsets through. */
    static Instant parse(String text) {
        return OffsetDateTime.parse(text.strip()).toInstant();
    }

    static Optional<Instant> parseOptional(String text) {
        return Optional.ofNullable(text).map(BrusselsTime::parse);
    }
}
