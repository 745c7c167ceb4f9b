package be.hotline.gateway.store;

import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ReportLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each content item of a report stands, with each receiver that got it: the status read and the case view
 * show it. An item's status comes from the report's state machine applied to that item alone.
 */
public final class ItemStatusQueries {

    private final Transactions transactions;

    public ItemStatusQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One receiver's part of one item. @param status as a report status would read, e.g. DELIVERED, CONTENT_REMOVED */
    public record ItemReceiver(String partnerId, String status, Optional<String> reason, Optional<Instant> removedAt) {
    }

    /** One content item: its status is that of its least advanced receiver. */
    public record ItemStanding(int position, String url, String hostingCountry, String assignedCountry, String status,
                               List<ItemReceiver> receivers) {

        public ItemStanding {
            receivers = List.copyOf(receivers);
        }

        /** This item as one receiver sees it, if it got it. */
        public Optional<ItemReceiver> of(String partnerId) {
            return receivers.stream().filter(receiver -> receiver.partnerId().equals(partnerId)).findFirst();
        }
    }

    public List<ItemStanding> ofReport(String reference) {
        return transactions.read(connection -> ofReports(connection, List.of(reference)).getOrDefault(reference, List.of()));
    }

    /** For a page of the case view: one query set for the whole page. */
    public Map<String, List<ItemStanding>> ofReports(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return transactions.read(connection -> ofReports(connection, List.copyOf(references)));
    }

    private record Part(String partnerId, DeliveryStatus status, Optional<FeedbackType> furthest, Optional<String> reason,
                        Optional<Instant> removedAt) {
    }

    private static Map<String, List<ItemStanding>> ofReports(Connection connection, List<String> references) throws SQLException {
        String in = "?,".repeat(references.size() - 1) + "?";
        Map<String, Map<Integer, List<Part>>> parts = new HashMap<>();
        Map<String, Map<Integer, Map<String, String[]>>> statuses = itemStatus(connection, references, in);
        try (PreparedStatement statement = connection.prepareStatement("select reference, partner_id, status, item_positions"
                + " from delivery where feedback_id is null and reference in (" + in + ") order by id")) {
            bind(statement, references);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String reference = rows.getString(1);
                    String partner = rows.getString(2);
                    for (int position : DeliveryRows.positions(rows.getString(4))) {
                        String[] row = statuses.getOrDefault(reference, Map.of()).getOrDefault(position, Map.of())
                                .getOrDefault(partner, new String[3]);
                        parts.computeIfAbsent(reference, r -> new HashMap<>()).computeIfAbsent(position, p -> new ArrayList<>())
                                .add(new Part(partner, DeliveryStatus.valueOf(rows.getString(3)),
                                        Optional.ofNullable(row[0]).map(FeedbackType::valueOf), Optional.ofNullable(row[1]),
                                        Optional.ofNullable(row[2]).map(Instant::parse)));
                    }
                }
            }
        }
        Map<String, List<ItemStanding>> items = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select reference, position, url, hosting_country, assigned_country"
                + " from report_content_item where reference in (" + in + ") order by reference, position")) {
            bind(statement, references);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<Part> itemParts = parts.getOrDefault(rows.getString(1), Map.of()).getOrDefault(rows.getInt(2), List.of());
                    items.computeIfAbsent(rows.getString(1), r -> new ArrayList<>()).add(standing(rows.getInt(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), itemParts));
                }
            }
        }
        return items;
    }

    private static ItemStanding standing(int position, String url, String hostingCountry, String assignedCountry,
                                         List<Part> parts) {
        // A receiver's part that ended in MOVED reads MOVED; for the item, it counts as closed (the new receiver's part decides).
        List<ItemReceiver> receivers = parts.stream().map(part -> new ItemReceiver(part.partnerId(),
                part.furthest().filter(type -> type == FeedbackType.MOVED).map(Enum::name).orElseGet(() -> statusOf(List.of(part))),
                part.reason(), part.removedAt())).toList();
        // Moved by every receiver and sent to nobody new (moved too often): the item reads MOVED, not CLOSED.
        boolean movedAway = !parts.isEmpty() && parts.stream().allMatch(part -> part.furthest().equals(Optional.of(FeedbackType.MOVED)));
        return new ItemStanding(position, url, hostingCountry, assignedCountry, movedAway ? FeedbackType.MOVED.name() : statusOf(parts),
                receivers);
    }

    private static String statusOf(List<Part> parts) {
        return ReportLifecycle.statusOf(parts.stream().map(part -> new ReportLifecycle.Receiver(part.status(), part.furthest()))
                .toList()).name();
    }

    /** reference, position, partner: furthest feedback, reason, removed at (ISO), as stored. */
    private static Map<String, Map<Integer, Map<String, String[]>>> itemStatus(Connection connection, List<String> references,
                                                                             String in) throws SQLException {
        Map<String, Map<Integer, Map<String, String[]>>> statuses = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select reference, position, partner_id, furthest_feedback,"
                + " reason, removed_at from item_status where reference in (" + in + ")")) {
            bind(statement, references);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant removedAt = SqlTime.get(rows, 6);
                    statuses.computeIfAbsent(rows.getString(1), r -> new HashMap<>()).computeIfAbsent(rows.getInt(2), p -> new HashMap<>())
                            .put(rows.getString(3), new String[] {rows.getString(4), rows.getString(5),
                                    removedAt == null ? null : removedAt.toString()});
                }
            }
        }
        return statuses;
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}
