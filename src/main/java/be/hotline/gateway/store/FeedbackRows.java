package be.hotline.gateway.store;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Feedback items as rows: written once as received (evidence), read back in the order of their own times. */
final class FeedbackRows {

    static final String COLUMNS =
            "f.feedback_id, f.type, f.occurred_at, f.receiver_reference, f.case_number, f.removed_at, f.note";

    private FeedbackRows() {
    }

    static List<Feedback> ofDelivery(Connection connection, String reference, String partnerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COLUMNS + " from feedback f where f.reference = ? and f.partner_id = ? order by f.occurred_at, f.id")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            List<Feedback> feedback = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    feedback.add(read(rows));
                }
            }
            return feedback;
        }
    }

    static Feedback read(ResultSet rows) throws SQLException {
        return new Feedback(rows.getString(1), FeedbackType.valueOf(rows.getString(2)), SqlTime.get(rows, 3),
                Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                Optional.ofNullable(SqlTime.get(rows, 6)), Optional.ofNullable(rows.getString(7)));
    }

    static long insert(Connection connection, String reference, String partnerId, Feedback feedback, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into feedback (reference, partner_id, feedback_id, type, occurred_at, received_at, receiver_reference,"
                        + " case_number, removed_at, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            statement.setString(3, feedback.feedbackId());
            statement.setString(4, feedback.type().name());
            SqlTime.set(statement, 5, feedback.occurredAt());
            SqlTime.set(statement, 6, now);
            statement.setString(7, feedback.receiverReference().orElse(null));
            statement.setString(8, feedback.caseNumber().orElse(null));
            SqlTime.set(statement, 9, feedback.removedAt().orElse(null));
            statement.setString(10, feedback.note().orElse(null));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
