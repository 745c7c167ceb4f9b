package be.hotline.gateway.store;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ItemRef;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;

/** Feedback items as rows: written once as received (evidence), read back in the order of their own times. */
final class FeedbackRows {

    static final String COLUMNS =
            "f.feedback_id, f.type, f.occurred_at, f.receiver_reference, f.case_number, f.removed_at, f.note, f.reason,"
                    + " f.new_hosting_country, f.new_hosting_ip, f.new_hosting_provider";
    /** The column after {@link #COLUMNS}, for queries that select more. */
    static final int NEXT = 12;

    private FeedbackRows() {
    }

    /**
     * One stored feedback item and the report positions it is about; empty positions: every item the receiver got
     * (feedback stored before items could be named).
     */
    record Applied(Feedback feedback, Set<Integer> positions) {

        boolean concerns(int position) {
            return positions.isEmpty() || positions.contains(position);
        }

        /** The feedback naming the items it is about by their index; none named: every item the receiver got. */
        Feedback withItems() {
            Feedback f = feedback;
            return new Feedback(f.feedbackId(), f.type(), f.occurredAt(), f.receiverReference(), f.caseNumber(), f.removedAt(),
                    f.note(), positions.stream().map(ItemRef::ofIndex).toList(), f.reason(), f.movedTo());
        }
    }

    static List<Applied> ofDelivery(Connection connection, String reference, String partnerId) throws SQLException {
        Map<Long, Set<Integer>> positions = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select i.feedback_row, i.position from feedback_item i"
                + " join feedback f on f.id = i.feedback_row where f.reference = ? and f.partner_id = ?")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.computeIfAbsent(rows.getLong(1), row -> new TreeSet<>()).add(rows.getInt(2));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("select " + COLUMNS
                + ", f.id from feedback f where f.reference = ? and f.partner_id = ? order by f.occurred_at, f.id")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            List<Applied> feedback = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    feedback.add(new Applied(read(rows), positions.getOrDefault(rows.getLong(NEXT), Set.of())));
                }
            }
            return feedback;
        }
    }

    /** The report positions one feedback row is about, in order; empty: every item the receiver got. */
    static List<Integer> positionsOf(Connection connection, long feedbackRow) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select position from feedback_item where feedback_row = ? order by position")) {
            statement.setLong(1, feedbackRow);
            List<Integer> positions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getInt(1));
                }
            }
            return positions;
        }
    }

    static void insertItems(Connection connection, long feedbackRow, Collection<Integer> positions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into feedback_item (feedback_row, position) values (?, ?)")) {
            for (int position : positions) {
                statement.setLong(1, feedbackRow);
                statement.setInt(2, position);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static Feedback read(ResultSet rows) throws SQLException {
        return new Feedback(rows.getString(1), FeedbackType.valueOf(rows.getString(2)), SqlTime.get(rows, 3),
                Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getString(5)),
                Optional.ofNullable(SqlTime.get(rows, 6)), Optional.ofNullable(rows.getString(7)), List.of(),
                Optional.ofNullable(rows.getString(8)).map(FeedbackReason::valueOf), movedTo(rows));
    }

    private static Optional<NewLocation> movedTo(ResultSet rows) throws SQLException {
        String country = rows.getString(9);
        return country == null ? Optional.empty() : Optional.of(new NewLocation(country,
                Optional.ofNullable(rows.getString(10)), Optional.ofNullable(rows.getString(11))));
    }

    static long insert(Connection connection, String reference, String partnerId, Feedback feedback, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into feedback (reference, partner_id, feedback_id, type, occurred_at, received_at, receiver_reference,"
                        + " case_number, removed_at, note, reason, new_hosting_country, new_hosting_ip, new_hosting_provider)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
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
            statement.setString(11, feedback.reason().map(Enum::name).orElse(null));
            statement.setString(12, feedback.movedTo().map(NewLocation::hostingCountry).orElse(null));
            statement.setString(13, feedback.movedTo().flatMap(NewLocation::hostingIp).orElse(null));
            statement.setString(14, feedback.movedTo().flatMap(NewLocation::hostingProvider).orElse(null));
            statement.executeUpdate();
            AuditTrail.append(connection, List.of(auditEntry(reference, partnerId, feedback, now)));
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A hash of the feedback's fields: notes and new hosting data are never copied into the chain. */
    private static AuditEntry auditEntry(String reference, String partnerId, Feedback feedback, Instant now) {
        return AuditEntry.of(AuditKind.FEEDBACK, feedback.type().name(), reference, partnerId, now, reference, partnerId,
                feedback.feedbackId(), feedback.type().name(), String.valueOf(feedback.occurredAt()),
                feedback.receiverReference().orElse(null), feedback.caseNumber().orElse(null),
                feedback.removedAt().map(String::valueOf).orElse(null), feedback.note().orElse(null),
                feedback.reason().map(Enum::name).orElse(null), feedback.movedTo().map(NewLocation::hostingCountry).orElse(null),
                feedback.movedTo().flatMap(NewLocation::hostingIp).orElse(null),
                feedback.movedTo().flatMap(NewLocation::hostingProvider).orElse(null));
    }
}
