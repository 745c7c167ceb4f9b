package be.hotline.gateway.api;

import be.hotline.gateway.report.CountryCodes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * The query parameters of a GET, read from the servlet request itself (Camel headers could be set by a client
 * header of the same name). Each accessor parses one parameter and records what is wrong with it;
 * {@link #requireValid()} then answers 400 naming every parameter at fault at once.
 */
final class QueryParameters {

    private static final int MAX_TEXT_LENGTH = 200;

    private final Map<String, String[]> values;
    private final List<ParameterError> errors = new ArrayList<>();

    private QueryParameters(Map<String, String[]> values, Set<String> known) {
        this.values = values;
        for (String name : new TreeSet<>(values.keySet())) {
            if (!known.contains(name)) {
                error(name, "unknown parameter; known: " + String.join(", ", new TreeSet<>(known)));
            } else if (values.get(name).length > 1) {
                error(name, "given more than once");
            }
        }
    }

    static QueryParameters of(Exchange exchange, Set<String> known) {
        return new QueryParameters(exchange.getIn(HttpMessage.class).getRequest().getParameterMap(), known);
    }

    void error(String name, String detail) {
        errors.add(new ParameterError(name, detail));
    }

    void requireValid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidQuery(errors);
        }
    }

    /** The value, or null when absent. An empty value is an error: it filters nothing a caller could mean. */
    String text(String name) {
        String[] given = values.get(name);
        if (given == null || given.length != 1) {
            return null;
        }
        String value = given[0];
        if (value.isBlank() || value.length() > MAX_TEXT_LENGTH) {
            error(name, "must be 1 to " + MAX_TEXT_LENGTH + " characters");
            return null;
        }
        return value;
    }

    String required(String name) {
        String value = text(name);
        if (value == null && !values.containsKey(name)) {
            error(name, "is required");
        }
        return value;
    }

    <E extends Enum<E>> String enumName(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            error(name, "unknown value; expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    String country(String name) {
        String value = text(name);
        if (value != null && !CountryCodes.isAssigned(value)) {
            error(name, "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. DE");
            return null;
        }
        return value;
    }

    Instant instant(String name) {
        return parseInstant(name, text(name));
    }

    Instant requiredInstant(String name) {
        return parseInstant(name, required(name));
    }

    Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                error(name, "must be true or false");
                yield null;
            }
        };
    }

    int integer(String name, int min, int max, int fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        error(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    private Instant parseInstant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            error(name, "must be an RFC 3339 timestamp with offset, e.g. 2026-11-20T10:15:00Z (send + as %2B)");
            return null;
        }
    }
}
