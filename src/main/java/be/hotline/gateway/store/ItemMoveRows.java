package be.hotline.gateway.store;

import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.random.ThreadRandom;
import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.routing.RoutingDecision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes moved items again, inside the transaction that applies the MOVED feedback (docs/api/routing-and-lifecycle.md,
 * "Moved items"): each item's move is numbered and kept (table item_move), its hosting and assigned country follow it,
 * and it goes to the receivers of its new country that do not have it yet, in one new delivery per receiver. A move
 * beyond the limit is kept but not sent: the item is flagged for our analysts instead.
 */
final class ItemMoveRows {

    private ItemMoveRows() {
    }

    /**
     * @param partnerId who reported the move
     * @return the history entries for the report
     */
    static List<EventRows.Entry> apply(Connection connection, String reference, String partnerId, long feedbackRow,
                                       Set<Integer> positions, FeedbackStore.Reroute reroute, Instant now) throws SQLException {
        NewLocation to = reroute.to();
        Map<Integer, String> fromCountry = hostingCountries(connection, reference);
        Map<Integer, Integer> moveNumber = new LinkedHashMap<>();
        Map<RoutingDecision, List<Integer>> positionsByReceiver = new LinkedHashMap<>();
        for (int position : positions) {
            int number = lastMove(connection, reference, position) + 1;
            moveNumber.put(position, number);
            if (number > reroute.maxMoves()) {
                continue;
            }
            for (FeedbackStore.Receiver receiver : reroute.receivers()) {
                if (!holds(connection, reference, receiver.partnerId(), position)) {
                    positionsByReceiver.computeIfAbsent(new RoutingDecision(receiver.partnerId(), receiver.purpose(), List.of()),
                            key -> new ArrayList<>()).add(position);
                }
            }
        }
        List<NewDelivery> deliveries = new ArrayList<>();
        List<EventRows.Entry> events = new ArrayList<>();
        for (Map.Entry<RoutingDecision, List<Integer>> entry : positionsByReceiver.entrySet()) {
            RoutingDecision decision = new RoutingDecision(entry.getKey().partnerId(), entry.getKey().purpose(), entry.getValue());
            deliveries.add(new NewDelivery(ThreadRandom.uuid(), decision.partnerId(), decision.purpose(),
                    reroute.formatOf(decision.partnerId()), decision.itemPositions()));
            events.add(event(reference, now, "gateway", ReportEventType.ROUTED, decision.describe()));
        }
        DeliveryRows.insert(connection, reference, now, deliveries);
        for (int position : positions) {
            int number = moveNumber.get(position);
            boolean flagged = number > reroute.maxMoves();
            List<NewDelivery> carrying = deliveries.stream().filter(d -> d.itemPositions().contains(position)).toList();
            insert(connection, reference, position, number, partnerId, fromCountry.get(position), to, now, feedbackRow,
                    carrying.stream().map(NewDelivery::messageId).toList(), flagged);
            String moved = "item " + position + " moved from " + fromCountry.get(position) + " to " + to.hostingCountry();
            if (flagged) {
                events.add(event(reference, now, partnerId, ReportEventType.MOVE_LIMIT_REACHED, moved + " (move " + number
                        + ", more than " + reroute.maxMoves() + "); not sent again, flagged for the analysts"));
            } else {
                events.add(event(reference, now, partnerId, ReportEventType.ITEM_MOVED, moved + " (move " + number + " of at most "
                        + reroute.maxMoves() + "); " + (carrying.isEmpty() ? "every receiver there already has it"
                        : "to " + String.join(", ", carrying.stream().map(NewDelivery::partnerId).toList()))));
            }
        }
        follow(connection, reference, positions, to.hostingCountry(), reroute.assignedCountry());
        return events;
    }

    /** The item is where the last move says: its hosting and assigned country, for queries, figures and outbound messages. */
    private static void follow(Connection connection, String reference, Set<Integer> positions, String country, String assigned)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update report_content_item set hosting_country = ?, assigned_country = ? where reference = ? and position = ?")) {
            for (int position : positions) {
                statement.setString(1, country);
                statement.setString(2, assigned);
                statement.setString(3, reference);
                statement.setInt(4, position);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Map<Integer, String> hostingCountries(Connection connection, String reference) throws SQLException {
        Map<Integer, String> countries = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, hosting_country from report_content_item where reference = ? for update")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    countries.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return countries;
    }

    private static int lastMove(Connection connection, String reference, int position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(move_number), 0) from item_move where reference = ? and position = ?")) {
            statement.setString(1, reference);
            statement.setInt(2, position);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Whether the partner got this item in any delivery of the report before: it is not sent the same item twice. */
    private static boolean holds(Connection connection, String reference, String partnerId, int position) throws SQLException {
        return ItemStatusRows.received(connection, reference, partnerId).containsKey(position);
    }

    private static void insert(Connection connection, String reference, int position, int number, String partnerId,
                               String fromCountry, NewLocation to, Instant now, long feedbackRow, List<String> messageIds,
                               boolean flagged) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into item_move (reference, position, move_number,"
                + " from_partner, from_country, new_hosting_country, new_hosting_ip, new_hosting_provider, moved_at, feedback_row,"
                + " new_deliveries, flagged) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, reference);
            statement.setInt(2, position);
            statement.setInt(3, number);
            statement.setString(4, partnerId);
            statement.setString(5, fromCountry);
            statement.setString(6, to.hostingCountry());
            statement.setString(7, to.hostingIp().orElse(null));
            statement.setString(8, to.hostingProvider().orElse(null));
            SqlTime.set(statement, 9, now);
            statement.setLong(10, feedbackRow);
            statement.setString(11, String.join(",", messageIds));
            statement.setBoolean(12, flagged);
            statement.executeUpdate();
        }
    }

    private static EventRows.Entry event(String reference, Instant now, String actor, ReportEventType type, String detail) {
        return new EventRows.Entry(reference, new ReportEvent(now, actor, type.name(), detail));
    }
}
