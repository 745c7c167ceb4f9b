package be.hotline.gateway.retention;

import java.time.Period;

/**
 * How long each data class is kept (docs/ops/README.md, "Retention"), ISO-8601 periods such as P90D or P1Y.
 *
 * @param reporterContact after the report was CLOSED or NOT_FORWARDED
 * @param reporterContactMax after receipt, whatever the report's status
 * @param content after receipt: URLs, hashes, hosting IP/provider/ASN
 * @param batchSize reports per transaction
 */
public record RetentionSettings(Period reporterContact, Period reporterContactMax, Period content, int batchSize) {

    public RetentionSettings {
        requirePositive("gateway.retention.reporter-contact", reporterContact);
        requirePositive("gateway.retention.reporter-contact-max", reporterContactMax);
        requirePositive("gateway.retention.content", content);
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("gateway.retention.batch-size must be from 1 to 1000, not " + batchSize);
        }
    }

    /** Reads a setting's ISO-8601 period (P90D, P1Y, P5Y), naming the setting when it is not one. */
    public static Period period(String setting, String value) {
        try {
            return Period.parse(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(setting + " must be an ISO-8601 period such as P90D or P1Y, not '" + value + "'", e);
        }
    }

    private static void requirePositive(String setting, Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(setting + " must be a positive period, not " + period);
        }
    }
}
