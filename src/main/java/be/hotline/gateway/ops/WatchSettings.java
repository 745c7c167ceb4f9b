package be.hotline.gateway.ops;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How long the follow-up watch waits before it calls a receiver silent or a report stalled: ISO-8601 durations,
 * positive, checked at start so a typo fails the start instead of silencing the alerts.
 *
 * @param partnerSilentAfter gateway.watch.partner-silent-after
 * @param stalledAfter       gateway.watch.stalled-after
 */
public record WatchSettings(Duration partnerSilentAfter, Duration stalledAfter) {

    public static final String PARTNER_SILENT_AFTER = "gateway.watch.partner-silent-after";
    public static final String STALLED_AFTER = "gateway.watch.stalled-after";

    public WatchSettings {
        requirePositive(PARTNER_SILENT_AFTER, partnerSilentAfter);
        requirePositive(STALLED_AFTER, stalledAfter);
    }

    public static WatchSettings parse(String partnerSilentAfter, String stalledAfter) {
        return new WatchSettings(duration(PARTNER_SILENT_AFTER, partnerSilentAfter), duration(STALLED_AFTER, stalledAfter));
    }

    private static Duration duration(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing setting " + key);
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must be an ISO-8601 duration such as PT48H or P7D, not \"" + value + "\"");
        }
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive duration, not " + value);
        }
    }
}
