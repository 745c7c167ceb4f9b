package be.hotline.gateway.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Collects field errors and parses the value types the rules share, so that every message the
 * gateway checks (reports, feedback) words the same fault the same way. Never stops at the first
 * error: a partner fixes a rejected message in one go.
 */
public final class FieldErrors {

    private final List<FieldError> found = new ArrayList<>();
    private final Instant latestAcceptable;

    /** @param latestAcceptable the latest time {@link #pastInstant} accepts (now plus clock skew) */
    public FieldErrors(Instant latestAcceptable) {
        this.latestAcceptable = latestAcceptable;
    }

    /** For rules with no time limit: {@link #pastInstant} then accepts any instant. */
    public FieldErrors() {
        this(Instant.MAX);
    }

    public void add(String pointer, String message) {
        found.add(new FieldError(pointer, message));
    }

    public String require(String pointer, String value) {
        if (value == null || value.isBlank()) {
            add(pointer, "is required");
            return null;
        }
        return value;
    }

    public void maxLength(String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            add(pointer, "must be at most " + max + " characters");
        }
    }

    /** Empty when absent; an error when it is no timestamp with offset or lies past the limit. */
    public Optional<Instant> pastInstant(String pointer, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (instant.isAfter(latestAcceptable)) {
                add(pointer, "must not be in the future");
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            add(pointer, "must be an RFC 3339 timestamp with offset, e.g. 2026-11-20T10:15:00Z");
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> E enumValue(String pointer, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(pointer, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(pointer, "unknown value '" + abbreviate(value) + "'; expected one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(found);
    }

    /** @throws InvalidReportException listing every error found, if there is any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidReportException(found);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
