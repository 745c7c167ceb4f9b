package be.hotline.gateway.store;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.feedback.ReportLifecycle;
import be.hotline.gateway.report.ReportEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a receiver's feedback to the report we delivered to it, in one transaction: the item (once per
 * id), the delivery's acknowledgement and furthest feedback, the report's status by the state machine, the
 * takedown time, and a relay to the report's sender when one is due. The delivery row is locked first, so
 * feedback for one delivery is applied one item at a time, and an in-flight attempt cannot undo it.
 */
public final class FeedbackStore {

    private final Transactions transactions;

    public FeedbackStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Where news of this item goes back to (the report's sender), decided by the caller. */
    public record RelayTarget(String partnerId, String format) {
    }

    /** One receiver the routing rules give a moved item's new country, with the format it takes. */
    public record Receiver(String partnerId, DeliveryPurpose purpose, String format) {
    }

    /**
     * Where MOVED items go, decided by the caller from the routing rules: the new location, the country assigned to act
     * on it, its receivers there, and how many moves an item may make before it is flagged instead of sent again.
     */
    public record Reroute(NewLocation to, String assignedCountry, List<Receiver> receivers, int maxMoves) {

        public Reroute {
            receivers = List.copyOf(receivers);
        }

        String formatOf(String partnerId) {
            return receivers.stream().filter(receiver -> receiver.partnerId().equals(partnerId)).findFirst().orElseThrow().format();
        }
    }

    public sealed interface Outcome {
        /** Applied now; the report's and the delivery's status after it. */
        record Applied(String reportStatus, DeliveryStatus deliveryStatus) implements Outcome {
        }

        /** The same item (same id, same content) was applied before: nothing changed. */
        record Duplicate(String reportStatus) implements Outcome {
        }

        /** The id was used before for something else (409). */
        record IdReused(String reference, String type) implements Outcome {
        }

        /** The partner has no delivery of this report: to it, the report does not exist (404). */
        record NotDelivered() implements Outcome {
        }

        /** Names items the receiver never got (422), each with the pointer it was named at. */
        record UnknownItems(List<ItemSelection.Unknown> items) implements Outcome {
        }

        /** Cannot happen in the report's lifecycle, e.g. after CLOSED (409). */
        record Conflict(String reason) implements Outcome {
        }

        /** A field is impossible for this report, e.g. a removal before the report was made (422). */
        record Impossible(String pointer, String reason) implements Outcome {
        }
    }

    public Outcome apply(String reference, String partnerId, Feedback feedback, Instant now, Optional<RelayTarget> relay) {
        return apply(reference, partnerId, feedback, now, relay, Optional.empty());
    }

    /** @param reroute with MOVED: where its items go now, in the same transaction */
    public Outcome apply(String reference, String partnerId, Feedback feedback, Instant now, Optional<RelayTarget> relay,
                         Optional<Reroute> reroute) {
        try {
            return transactions.inTransaction(connection -> {
                Optional<LockedDelivery> delivery = lockDelivery(connection, reference, partnerId);
                if (delivery.isEmpty()) {
                    return new Outcome.NotDelivered();
                }
                Map<Integer, String> received = ItemStatusRows.received(connection, reference, partnerId);
                ItemSelection.Resolved items = ItemSelection.resolve(feedback.items(), received);
                if (!items.unknown().isEmpty()) {
                    return new Outcome.UnknownItems(items.unknown());
                }
                Optional<Outcome> earlier = sameIdBefore(connection, partnerId, reference, feedback, items.positions());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                List<FeedbackRows.Applied> applied = FeedbackRows.ofDelivery(connection, reference, partnerId);
                Optional<String> conflict = closedConflict(applied, feedback, items.positions());
                if (conflict.isPresent()) {
                    return new Outcome.Conflict(conflict.get());
                }
                Instant firstReported = firstReported(connection, reference);
                Optional<ReportLifecycle.ImpossibleField> impossible = ReportLifecycle.impossibleTime(feedback, firstReported, now);
                if (impossible.isPresent()) {
                    return new Outcome.Impossible(impossible.get().pointer(), impossible.get().reason());
                }
                long feedbackRow = FeedbackRows.insert(connection, reference, partnerId, feedback, now);
                FeedbackRows.insertItems(connection, feedbackRow, items.positions());
                List<FeedbackRows.Applied> all = new ArrayList<>(applied);
                all.add(new FeedbackRows.Applied(feedback, items.positions()));
                Optional<FeedbackType> standing = ItemStatusRows.refresh(connection, reference, partnerId, received.keySet(), all,
                        firstReported, now);
                acknowledge(connection, delivery.get(), feedback, standing.orElse(null), now);
                List<EventRows.Entry> events = new ArrayList<>();
                if (delivery.get().status() != DeliveryStatus.ACKNOWLEDGED) {
                    events.add(event(reference, now, partnerId, ReportEventType.ACKNOWLEDGED, feedback.receiverReference()
                            .map(r -> "receiver reference " + r).orElse("by feedback " + feedback.feedbackId())));
                }
                events.add(event(reference, now, partnerId, ReportEventType.FEEDBACK,
                        feedback.type() + feedback.reason().map(reason -> " " + reason).orElse("") + " (feedback "
                                + feedback.feedbackId() + ", at " + feedback.occurredAt() + ", items " + items.positions() + ")"));
                if (feedback.type() == FeedbackType.CONTENT_REMOVED) {
                    recordRemoval(connection, reference, feedback.removedAt().orElseThrow(), firstReported);
                }
                if (reroute.isPresent()) {
                    events.addAll(ItemMoveRows.apply(connection, reference, partnerId, feedbackRow, items.positions(),
                            reroute.get(), now));
                }
                if (relay.isPresent()) {
                    DeliveryRows.insertRelay(connection, reference, now, relay.get().partnerId(), relay.get().format(), feedbackRow);
                    events.add(event(reference, now, "gateway", ReportEventType.RELAY_QUEUED,
                            feedback.type() + " to " + relay.get().partnerId()));
                }
                EventRows.append(connection, events);
                ReportStatusRows.refresh(connection, List.of(reference), now, partnerId);
                return new Outcome.Applied(reportStatus(connection, reference), DeliveryStatus.ACKNOWLEDGED);
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** What a relay delivery carries: the item, and who gave it. */
    public record RelayedItem(Feedback feedback, String fromPartner, String partnerReference, List<Integer> items) {
    }

    /** The positions a relayed row is about; a row stored before items were named is about every item the giver got. */
    private static List<Integer> itemsOf(Connection connection, long feedbackRow, ResultSet row) throws SQLException {
        List<Integer> positions = FeedbackRows.positionsOf(connection, feedbackRow);
        if (!positions.isEmpty()) {
            return positions;
        }
        return List.copyOf(ItemStatusRows.received(connection, row.getString(FeedbackRows.NEXT + 2), row.getString(FeedbackRows.NEXT))
                .keySet());
    }

    /** Nothing follows CLOSED, item by item: a receiver that closed one item may still report on another. */
    private static Optional<String> closedConflict(List<FeedbackRows.Applied> applied, Feedback next, Set<Integer> positions) {
        for (int position : positions) {
            List<Feedback> about = applied.stream().filter(item -> item.concerns(position)).map(FeedbackRows.Applied::feedback).toList();
            Optional<String> conflict = ReportLifecycle.closedConflict(about, next);
            if (conflict.isPresent()) {
                return Optional.of("item " + position + ": " + conflict.get());
            }
        }
        return Optional.empty();
    }

    /** The feedback row a relay delivery carries, for rendering it. */
    public Optional<RelayedItem> relayedItem(long feedbackRow) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + FeedbackRows.COLUMNS + ", f.partner_id, r.partner_reference, f.reference from feedback f"
                            + " join report r on r.reference = f.reference where f.id = ?")) {
                statement.setLong(1, feedbackRow);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Feedback feedback = FeedbackRows.read(rows);
                    String from = rows.getString(FeedbackRows.NEXT);
                    String partnerReference = rows.getString(FeedbackRows.NEXT + 1);
                    return Optional.of(new RelayedItem(feedback, from, partnerReference, itemsOf(connection, feedbackRow, rows)));
                }
            }
        });
    }

    private record LockedDelivery(long id, DeliveryStatus status) {
    }

    private static Optional<LockedDelivery> lockDelivery(Connection connection, String reference, String partnerId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, status from delivery where reference = ? and partner_id = ? and feedback_id is null"
                        + " order by id for update")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new LockedDelivery(rows.getLong(1), DeliveryStatus.valueOf(rows.getString(2))))
                        : Optional.empty();
            }
        }
    }

    private static Optional<Outcome> sameIdBefore(Connection connection, String partnerId, String reference, Feedback feedback,
                                                  Set<Integer> positions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + FeedbackRows.COLUMNS + ", f.reference, f.id from feedback f where f.partner_id = ? and f.feedback_id = ?")) {
            statement.setString(1, partnerId);
            statement.setString(2, feedback.feedbackId());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Feedback before = FeedbackRows.read(rows);
                String itsReference = rows.getString(FeedbackRows.NEXT);
                List<Integer> itsPositions = FeedbackRows.positionsOf(connection, rows.getLong(FeedbackRows.NEXT + 1));
                if (itsReference.equals(reference) && sameContent(before, feedback)
                        && (itsPositions.isEmpty() || Set.copyOf(itsPositions).equals(positions))) {
                    return Optional.of(new Outcome.Duplicate(reportStatus(connection, reference)));
                }
                return Optional.of(new Outcome.IdReused(itsReference, before.type().name()));
            }
        }
    }

    private static boolean sameContent(Feedback a, Feedback b) {
        return a.type() == b.type() && a.occurredAt().equals(b.occurredAt()) && a.removedAt().equals(b.removedAt())
                && a.caseNumber().equals(b.caseNumber()) && a.receiverReference().equals(b.receiverReference())
                && Objects.equals(a.note(), b.note()) && a.reason().equals(b.reason()) && a.movedTo().equals(b.movedTo());
    }

    /** The takedown clock starts at the earlier of our first receipt and the sender's own first sighting. */
    private static Instant firstReported(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select received_at, first_seen_at from report where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Instant received = SqlTime.get(rows, 1);
                Instant firstSeen = SqlTime.get(rows, 2);
                return firstSeen != null && firstSeen.isBefore(received) ? firstSeen : received;
            }
        }
    }

    /**
     * Any feedback means the receiver has the report: the delivery is acknowledged, whatever its last attempt
     * said, its overdue flag cleared, and a lease on it ends (an in-flight attempt then changes nothing). Its furthest
     * feedback is that of its least advanced item (null while an item has none: the delivery then stands at ACKNOWLEDGED).
     */
    private static void acknowledge(Connection connection, LockedDelivery delivery, Feedback feedback, FeedbackType leastItem,
                                    Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update delivery set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, ?),"
                        + " receiver_reference = coalesce(?, receiver_reference), ack_overdue = false, furthest_feedback = ?,"
                        + " lease_token = null, lease_until = null, leased_by = null where id = ?")) {
            SqlTime.set(statement, 1, now);
            statement.setString(2, feedback.receiverReference().orElse(null));
            statement.setString(3, leastItem == null ? null : leastItem.name());
            statement.setLong(4, delivery.id());
            statement.executeUpdate();
        }
    }

    /** The first removal counts: a later report of the same removal does not move the takedown time. */
    private static void recordRemoval(Connection connection, String reference, Instant removedAt, Instant firstReported)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update report set removed_at = ?, takedown_seconds = ? where reference = ? and (removed_at is null or removed_at > ?)")) {
            SqlTime.set(statement, 1, removedAt);
            statement.setLong(2, Duration.between(firstReported, removedAt).toSeconds());
            statement.setString(3, reference);
            SqlTime.set(statement, 4, removedAt);
            statement.executeUpdate();
        }
    }

    private static String reportStatus(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select status from report where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static EventRows.Entry event(String reference, Instant now, String actor, ReportEventType type, String detail) {
        return new EventRows.Entry(reference, new ReportEvent(now, actor, type.name(), detail));
    }
}
