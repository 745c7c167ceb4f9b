package be.hotline.gateway.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A where clause built from optional conditions, with its parameters in order; values stay bound, never spliced. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds the condition unless its value is null: an absent filter. */
    void addIfPresent(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** Adds the condition with all of its values. */
    void add(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(Arrays.asList(values));
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Instant instant) {
                SqlTime.set(statement, index++, instant);
            } else {
                statement.setObject(index++, parameter);
            }
        }
    }
}
