package be.hotline.gateway.store;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.random.ThreadRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a report's deliveries inside the transaction that stores the report (the outbox). */
final class DeliveryRows {

    private DeliveryRows() {
    }

    static void insert(Connection connection, String reference, Instant now, List<NewDelivery> deliveries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into delivery (message_id, reference, partner_id, purpose, format, item_positions, status,"
                        + " attempts, created_at, due_at) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")) {
            for (NewDelivery delivery : deliveries) {
                statement.setString(1, delivery.messageId());
                statement.setString(2, reference);
                statement.setString(3, delivery.partnerId());
                statement.setString(4, delivery.purpose().name());
                statement.setString(5, delivery.format());
                statement.setString(6, positions(delivery.itemPositions()));
                SqlTime.set(statement, 7, now);
                SqlTime.set(statement, 8, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A relay: one feedback item going back to the report's sender, through the same outbox. */
    static void insertRelay(Connection connection, String reference, Instant now, String partnerId, String format,
                            long feedbackRow) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into delivery (message_id, reference, partner_id, purpose, format, item_positions, status,"
                        + " attempts, created_at, due_at, feedback_id) values (?, ?, ?, ?, ?, '', 'PENDING', 0, ?, ?, ?)")) {
            statement.setString(1, ThreadRandom.uuid());
            statement.setString(2, reference);
            statement.setString(3, partnerId);
            statement.setString(4, DeliveryPurpose.FEEDBACK_RELAY.name());
            statement.setString(5, format);
            SqlTime.set(statement, 6, now);
            SqlTime.set(statement, 7, now);
            statement.setLong(8, feedbackRow);
            statement.executeUpdate();
        }
    }

    static String positions(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> positions(String stored) {
        return stored.isEmpty() ? List.of() : java.util.Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }
}
