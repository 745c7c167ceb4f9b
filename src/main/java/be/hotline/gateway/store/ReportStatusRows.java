package be.hotline.gateway.store;

import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ReportLifecycle;
import be.hotline.gateway.report.ReportEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings reports' stored status in line with the state machine ({@link ReportLifecycle}) after their
 * deliveries changed, inside the transaction that changed them. Each move is a STATUS_CHANGED event
 * naming its source. Relay deliveries (news to the sender) are not receivers and do not count.
 */
final class ReportStatusRows {

    private ReportStatusRows() {
    }

    static void refresh(Connection connection, List<String> references, Instant now, String source) throws SQLException {
        if (references.isEmpty()) {
            return;
        }
        Map<String, String> stored = storedStatus(connection, references);
        Map<String, List<ReportLifecycle.Receiver>> receivers = receivers(connection, references);
        List<EventRows.Entry> events = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("update report set status = ? where reference = ?")) {
            for (Map.Entry<String, String> report : stored.entrySet()) {
                String status = ReportLifecycle.statusOf(receivers.getOrDefault(report.getKey(), List.of())).name();
                if (!status.equals(report.getValue())) {
                    update.setString(1, status);
                    update.setString(2, report.getKey());
                    update.addBatch();
                    events.add(new EventRows.Entry(report.getKey(), new ReportEvent(now, source,
                            ReportEventType.STATUS_CHANGED.name(), report.getValue() + " -> " + status)));
                }
            }
            if (!events.isEmpty()) {
                update.executeBatch();
            }
        }
        EventRows.append(connection, events);
    }

    private static Map<String, String> storedStatus(Connection connection, List<String> references) throws SQLException {
        Map<String, String> status = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select reference, status from report where reference in (" + placeholders(references) + ")")) {
            bind(statement, references);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    status.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return status;
    }

    private static Map<String, List<ReportLifecycle.Receiver>> receivers(Connection connection, List<String> references)
            throws SQLException {
        Map<String, List<ReportLifecycle.Receiver>> receivers = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select reference, status, furthest_feedback from delivery where feedback_id is null and reference in ("
                        + placeholders(references) + ") order by id")) {
            bind(statement, references);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    receivers.computeIfAbsent(rows.getString(1), reference -> new ArrayList<>()).add(new ReportLifecycle.Receiver(
                            DeliveryStatus.valueOf(rows.getString(2)),
                            Optional.ofNullable(rows.getString(3)).map(FeedbackType::valueOf)));
                }
            }
        }
        return receivers;
    }

    private static String placeholders(List<String> values) {
        return "?,".repeat(values.size() - 1) + "?";
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}
