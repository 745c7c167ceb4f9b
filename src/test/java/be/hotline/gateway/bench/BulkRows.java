package be.hotline.gateway.bench;

import be.hotline.gateway.store.SqlTime;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for one table, buffered and written in bulk: {@code COPY ... FROM STDIN} on PostgreSQL (PgJDBC's CopyManager,
 * text format), one large insert batch on H2. Values are Strings, numbers, booleans, Instants or null.
 */
final class BulkRows {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    BulkRows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
    }

    /** Writes the buffered rows and forgets them. */
    void flush(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection);
        } else {
            insert(connection);
        }
        rows.clear();
    }

    private void copy(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : "\t").append(copyText(row[i]));
            }
            text.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns)
                    + ") from stdin", new StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /** COPY's text format: \N for null, backslash, tab and line breaks escaped. */
    private static String copyText(Object value) {
        if (value == null) {
            return "\\N";
        }
        String text = value.toString(); // an Instant prints as ISO-8601 UTC, which timestamptz reads
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void insert(Connection connection) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement("insert into " + table + " ("
                + String.join(", ", columns) + ") values (" + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Instant instant) {
                        SqlTime.set(statement, i + 1, instant);
                    } else {
                        statement.setObject(i + 1, row[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
