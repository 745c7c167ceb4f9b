package be.hotline.gateway.store;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ReportLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each content item's status with each receiver that got it (table item_status), kept in the transaction that
 * applies the receiver's feedback: an item's furthest feedback is worked out by the same state machine as a
 * report's, over the feedback about that item only.
 */
final class ItemStatusRows {

    private ItemStatusRows() {
    }

    /** The report's items this receiver got (report position to URL), over all its deliveries of the report. */
    static Map<Integer, String> received(Connection connection, String reference, String partnerId) throws SQLException {
        Set<Integer> positions = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select item_positions from delivery where reference = ? and partner_id = ? and feedback_id is null")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.addAll(DeliveryRows.positions(rows.getString(1)));
                }
            }
        }
        Map<Integer, String> items = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, url from report_content_item where reference = ? order by position")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (positions.contains(rows.getInt(1))) {
                        items.put(rows.getInt(1), rows.getString(2));
                    }
                }
            }
        }
        return items;
    }

    /**
     * Brings the receiver's item rows in line with its feedback and returns the furthest feedback of its least
     * advanced item: the receiver's own standing in the report's state machine. Empty while any item has none.
     *
     * @param firstReported where takedown time starts, as for the report
     */
    static Optional<FeedbackType> refresh(Connection connection, String reference, String partnerId, Set<Integer> positions,
                                          List<FeedbackRows.Applied> feedback, Instant firstReported, Instant now)
            throws SQLException {
        if (positions.isEmpty()) {
            // A delivery that carried no item (none so far) stands where its feedback took it, as before items.
            return ReportLifecycle.furthest(feedback.stream().map(FeedbackRows.Applied::feedback).toList());
        }
        Set<Integer> existing = existing(connection, reference, partnerId);
        List<ItemStanding> standings = new ArrayList<>();
        for (int position : positions) {
            List<Feedback> about = feedback.stream().filter(item -> item.concerns(position)).map(FeedbackRows.Applied::feedback).toList();
            Optional<Feedback> furthest = ReportLifecycle.furthestItem(about);
            Optional<Instant> removedAt = about.stream().filter(item -> item.type() == FeedbackType.CONTENT_REMOVED)
                    .flatMap(item -> item.removedAt().stream()).min(Instant::compareTo);
            standings.add(new ItemStanding(position, furthest, removedAt));
            write(connection, existing.contains(position), reference, partnerId, standings.get(standings.size() - 1),
                    firstReported, now);
        }
        if (standings.stream().anyMatch(standing -> standing.furthest().isEmpty())) {
            return Optional.empty();
        }
        return standings.stream().map(standing -> standing.furthest().orElseThrow().type())
                .min((a, b) -> a.stage().compareTo(b.stage()));
    }

    private record ItemStanding(int position, Optional<Feedback> furthest, Optional<Instant> removedAt) {
    }

    private static Set<Integer> existing(Connection connection, String reference, String partnerId) throws SQLException {
        Set<Integer> positions = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select position from item_status where reference = ? and partner_id = ? for update")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getInt(1));
                }
            }
        }
        return positions;
    }

    private static void write(Connection connection, boolean exists, String reference, String partnerId, ItemStanding standing,
                              Instant firstReported, Instant now) throws SQLException {
        String sql = exists
                ? "update item_status set furthest_feedback = ?, reason = ?, removed_at = ?, takedown_seconds = ?, updated_at = ?"
                        + " where reference = ? and partner_id = ? and position = ?"
                : "insert into item_status (furthest_feedback, reason, removed_at, takedown_seconds, updated_at, reference,"
                        + " partner_id, position) values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, standing.furthest().map(item -> item.type().name()).orElse(null));
            statement.setString(2, standing.furthest().flatMap(Feedback::reason).map(FeedbackReason::name).orElse(null));
            SqlTime.set(statement, 3, standing.removedAt().orElse(null));
            if (standing.removedAt().isPresent()) {
                statement.setLong(4, Duration.between(firstReported, standing.removedAt().get()).toSeconds());
            } else {
                statement.setNull(4, java.sql.Types.BIGINT);
            }
            SqlTime.set(statement, 5, now);
            statement.setString(6, reference);
            statement.setString(7, partnerId);
            statement.setInt(8, standing.position());
            statement.executeUpdate();
        }
    }
}
