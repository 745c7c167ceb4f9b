package be.hotline.gateway.store;

import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
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
        AuditTrail.append(connection, entries.stream().map(EventRows::auditEntry).toList());
    }

    /** The chain holds a hash of the event, never its detail (which may name what a purge later removes). */
    private static AuditEntry auditEntry(Entry entry) {
        ReportEvent event = entry.event();
        return AuditEntry.of(AuditKind.REPORT_EVENT, event.type(), entry.reference(), event.actor(), event.occurredAt(),
                entry.reference(), String.valueOf(event.occurredAt()), event.actor(), event.type(), event.detail());
    }
}
