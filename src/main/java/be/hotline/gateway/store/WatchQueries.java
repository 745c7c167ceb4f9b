package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up watch's questions (docs/ops/README.md#silent-partners-and-stalled-reports): which receivers say
 * nothing, which acknowledged reports reach no outcome. Receivers' deliveries only: relays to a report's sender
 * (feedback_id set) are not asked to be answered. Every query walks an index range (V12).
 */
public final class WatchQueries {

    private static final String RECEIVER_DELIVERY = "feedback_id is null";
    private final Transactions transactions;

    public WatchQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A receiver's deliveries that wait for an answer: delivered, neither acknowledged nor answered. */
    public record Waiting(String partnerId, int deliveries, Instant oldestDeliveredAt) {
    }

    /**
     * Per receiver, its deliveries delivered before {@code deliveredBefore} and still waiting (status DELIVERED).
     */
    public Map<String, Waiting> waitingSince(Instant deliveredBefore) {
        return transactions.read(connection -> {
            Map<String, Waiting> waiting = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select partner_id, count(*), min(delivered_at)"
                    + " from delivery where status = 'DELIVERED' and " + RECEIVER_DELIVERY + " and delivered_at < ?"
                    + " group by partner_id order by partner_id")) {
                SqlTime.set(statement, 1, deliveredBefore);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        waiting.put(rows.getString(1), new Waiting(rows.getString(1), rows.getInt(2), SqlTime.get(rows, 3)));
                    }
                }
            }
            return waiting;
        });
    }

    /** The partner's last sign of life on our clock: its latest acknowledgement or feedback received, if any. */
    public Optional<Instant> lastHeardFrom(String partnerId) {
        return transactions.read(connection -> {
            Instant acknowledged = latest(connection, "select max(acknowledged_at) from delivery where partner_id = ?", partnerId);
            Instant feedback = latest(connection, "select max(received_at) from feedback where partner_id = ?", partnerId);
            if (acknowledged == null || feedback != null && feedback.isAfter(acknowledged)) {
                return Optional.ofNullable(feedback);
            }
            return Optional.of(acknowledged);
        });
    }

    /** A receiver's delivery acknowledged before the cut-off whose furthest feedback is none of the outcomes. */
    public record Stalled(long deliveryId, String reference, String partnerId, Instant acknowledgedAt, String furthestFeedback) {
    }

    /**
     * Oldest acknowledgement first.
     *
     * @param notOutcomes the feedback types that are no outcome (a null furthest feedback is none either)
     */
    public List<Stalled> stalled(Instant acknowledgedBefore, Collection<String> notOutcomes, int limit) {
        return transactions.read(connection -> {
            List<Stalled> stalled = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select id, reference, partner_id, acknowledged_at,"
                    + " furthest_feedback from delivery where " + stalledWhere(notOutcomes) + " order by acknowledged_at, id limit ?")) {
                int next = bindStalled(statement, acknowledgedBefore, notOutcomes);
                statement.setInt(next, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stalled.add(new Stalled(rows.getLong(1), rows.getString(2), rows.getString(3), SqlTime.get(rows, 4),
                                rows.getString(5)));
                    }
                }
            }
            return stalled;
        });
    }

    /** How many deliveries {@link #stalled} would list, per receiver. */
    public Map<String, Integer> stalledPerPartner(Instant acknowledgedBefore, Collection<String> notOutcomes) {
        return transactions.read(connection -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select partner_id, count(*) from delivery where "
                    + stalledWhere(notOutcomes) + " group by partner_id order by partner_id")) {
                bindStalled(statement, acknowledgedBefore, notOutcomes);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    static String stalledWhere(Collection<String> notOutcomes) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(notOutcomes.size(), "?"));
        return "status = 'ACKNOWLEDGED' and " + RECEIVER_DELIVERY + " and acknowledged_at < ?"
                + " and (furthest_feedback is null or furthest_feedback in (" + placeholders + "))";
    }

    private static int bindStalled(PreparedStatement statement, Instant acknowledgedBefore, Collection<String> notOutcomes)
            throws SQLException {
        SqlTime.set(statement, 1, acknowledgedBefore);
        int index = 2;
        for (String type : notOutcomes) {
            statement.setString(index++, type);
        }
        return index;
    }

    private static Instant latest(Connection connection, String sql, String partnerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? SqlTime.get(rows, 1) : null;
            }
        }
    }
}
