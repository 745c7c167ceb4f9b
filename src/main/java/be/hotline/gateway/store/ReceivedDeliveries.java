package be.hotline.gateway.store;

import be.hotline.gateway.feedback.Feedback;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a partner received from us, read for that partner only: every query is bound to its partner id, so a
 * partner can never read another's deliveries by guessing a message id or a reference.
 */
public final class ReceivedDeliveries {

    private static final String COLUMNS = "message_id, reference, purpose, format, status, created_at, delivered_at,"
            + " acknowledged_at, ack_due_at, ack_overdue, receiver_reference, item_positions";

    private final Transactions transactions;

    public ReceivedDeliveries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The partner's deliveries of one report (its reports' receivers have one per purpose; relays are not counted). */
    public List<ReceivedDelivery> ofReport(String reference, String partnerId) {
        return transactions.read(connection -> list(connection, "select " + COLUMNS + " from delivery"
                + " where reference = ? and partner_id = ? and feedback_id is null order by created_at, message_id",
                statement -> {
                    statement.setString(1, reference);
                    statement.setString(2, partnerId);
                }));
    }

    /** Everything queued for the partner, relays included, oldest first, after a page's last row (keyset; V8's index). */
    public List<ReceivedDelivery> page(String partnerId, PagePosition after, int limit) {
        String keyset = after == null ? "" : " and (created_at > ? or (created_at = ? and message_id > ?))";
        return transactions.read(connection -> list(connection, "select " + COLUMNS + " from delivery where partner_id = ?"
                + keyset + " order by created_at, message_id limit ?", statement -> {
                    int index = 1;
                    statement.setString(index++, partnerId);
                    if (after != null) {
                        SqlTime.set(statement, index++, after.at());
                        SqlTime.set(statement, index++, after.at());
                        statement.setString(index++, after.key());
                    }
                    statement.setInt(index, limit);
                }));
    }

    public Optional<ReceivedDelivery> byMessageId(String partnerId, String messageId) {
        return transactions.read(connection -> list(connection, "select " + COLUMNS + " from delivery"
                + " where message_id = ? and partner_id = ?", statement -> {
                    statement.setString(1, messageId);
                    statement.setString(2, partnerId);
                })).stream().findFirst();
    }

    /** The URL, hosting and assigned country of the report's items at these positions, in position order. */
    public List<ReceivedItem> items(String reference, List<Integer> positions) {
        return transactions.read(connection -> {
            List<ReceivedItem> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select position, url, hosting_country, assigned_country from report_content_item where reference = ?"
                            + " order by position")) {
                statement.setString(1, reference);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (positions.contains(rows.getInt(1))) {
                            items.add(new ReceivedItem(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                        }
                    }
                }
            }
            return items;
        });
    }

    /** The partner's own feedback on the report, in the order of its own times. */
    public List<Feedback> feedback(String reference, String partnerId) {
        return transactions.read(connection -> FeedbackRows.ofDelivery(connection, reference, partnerId).stream()
                .map(FeedbackRows.Applied::withItems).toList());
    }

    /** A content item as its receiver got it: where it is, where it is hosted and which country must act. */
    public record ReceivedItem(int position, String url, String hostingCountry, String assignedCountry) {
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<ReceivedDelivery> list(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<ReceivedDelivery> deliveries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    deliveries.add(new ReceivedDelivery(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), SqlTime.get(rows, 6), Optional.ofNullable(SqlTime.get(rows, 7)),
                            Optional.ofNullable(SqlTime.get(rows, 8)), Optional.ofNullable(SqlTime.get(rows, 9)),
                            rows.getBoolean(10), Optional.ofNullable(rows.getString(11)), DeliveryRows.positions(rows.getString(12))));
                }
            }
            return deliveries;
        }
    }
}
