package be.hotline.gateway.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects field errors and parses the value types the rules share, so that every message the
 * gateway checks (reports, feedback) words the same fault the same way. Never stops at the first
 * error: a partner fixes a rejected message in one go.
 */
public final class FieldErrors {

    /**
     * No timestamp before this is accepted: nothing on the web was seen earlier, and the police format's Brussels
     * offsets (+01:00, +02:00) hold only since 1977; before 1946 Brussels kept other offsets, which that schema refuses.
     */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private final List<FieldError> found = new ArrayList<>();
    /** Fields refused for a character: that is their one error, the rest can wait until the character is gone. */
    private final Set<String> undeliverable = new HashSet<>();
    private final Instant latestAcceptable;

    /** @param latestAcceptable the latest time {@link #pastInstant} accepts (now plus clock skew) */
    public FieldErrors(Instant latestAcceptable) {
        this.latestAcceptable = latestAcceptable;
    }

    /** For rules with no future limit: {@link #pastInstant} then accepts any instant from {@link #EARLIEST} on. */
    public FieldErrors() {
        this(Instant.MAX);
    }

    public void add(String pointer, String message) {
        if (!undeliverable.contains(pointer)) {
            found.add(new FieldError(pointer, message));
        }
    }

    public String require(String pointer, String value) {
        if (value == null || value.isBlank()) {
            add(pointer, "is required");
            return null;
        }
        return value;
    }

    /**
     * Refuses characters no outbound message can carry ({@link DeliverableText}). Call it before the field's
     * other checks: a field refused here gets no other error.
     */
    public void deliverable(String pointer, String value, DeliverableText.Lines lines) {
        DeliverableText.fault(value, lines).ifPresent(fault -> {
            add(pointer, fault);
            undeliverable.add(pointer);
        });
    }

    public void maxLength(String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            add(pointer, "must be at most " + max + " characters");
        }
    }

    /** Empty when absent; an error when it is no timestamp with offset, lies past the limit or before {@link #EARLIEST}. */
    public Optional<Instant> pastInstant(String pointer, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (instant.isAfter(latestAcceptable)) {
                add(pointer, "must not be in the future");
            } else if (instant.isBefore(EARLIEST)) {
                add(pointer, "must not be before " + EARLIEST);
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

    /** At most 40 characters of the value, never half a surrogate pair, and none that the rule refuses. */
    private static String abbreviate(String value) {
        String quotable = DeliverableText.quotable(value);
        int characters = quotable.codePointCount(0, quotable.length());
        return characters <= 40 ? quotable : quotable.substring(0, quotable.offsetByCodePoints(0, 40)) + "…";
    }
}
