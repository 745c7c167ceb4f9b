package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Appends to reports' event histories, in one batch. */
final class EventRows {

    /** An event and the report it belongs to. */
    record Entry(String reference, ReportEvent event) {
    }

    private EventRows() {
    }

    /** A report's history, oldest first. */
    static List<ReportEvent> of(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select occurred_at, actor, event_type, detail from report_event where reference = ? order by id")) {
            statement.setString(1, reference);
            List<ReportEvent> events = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new ReportEvent(SqlTime.get(rows, 1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return events;
        }
    }

    static void append(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into report_event (reference, occurred_at, actor, event_type, detail) values (?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
                statement.setString(1, entry.reference());
                SqlTime.set(statement, 2, entry.event().occurredAt());
                statement.setString(3, entry.event().actor());
                statement.setString(4, entry.event().type());
                statement.setString(5, entry.event().detail());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
