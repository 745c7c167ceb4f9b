package be.hotline.gateway.feedback;

import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.report.ReportStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one state machine of a report after routing (docs/api/routing-and-lifecycle.md). A report's status is
 * derived, never set piecemeal: from each receiver's delivery status and the furthest feedback that receiver
 * gave, applied in the order of the feedback's own timestamps. The report stands where its least advanced
 * receiver stands, so it is CLOSED only when every receiver closed it.
 */
public final class ReportLifecycle {

    /** In time order; ties broken by arrival, so a replay always gives the same answer. */
    public static final Comparator<Feedback> TIME_ORDER = Comparator.comparing(Feedback::occurredAt);

    /** Partners' clocks drift; the same allowance as for report timestamps. */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(2);

    private ReportLifecycle() {
    }

    /** One receiver of the report, as far as the lifecycle needs it. */
    public record Receiver(DeliveryStatus status, Optional<FeedbackType> furthest) {
    }

    /** The report's status, e.g. ROUTED, DELIVERED, ACKNOWLEDGED, CASE_OPENED, CONTENT_REMOVED, CLOSED. */
    public static ReportStatus statusOf(List<Receiver> receivers) {
        List<Receiver> active = receivers.stream().filter(r -> r.status() != DeliveryStatus.CANCELLED).toList();
        if (active.isEmpty()) {
            return receivers.isEmpty() ? ReportStatus.ROUTED : ReportStatus.CANCELLED;
        }
        return ReportStatus.valueOf(active.stream().map(ReportLifecycle::position)
                .min(Comparator.comparingInt(Position::rank)).orElseThrow().label());
    }

    /**
     * The furthest point the receiver's feedback reached, applying items in time order: news of a lower
     * stage than already reached (a late ACKNOWLEDGED after CASE_OPENED) is kept as history but moves nothing back.
     */
    public static Optional<FeedbackType> furthest(List<Feedback> feedback) {
        return furthestItem(feedback).map(Feedback::type);
    }

    /** The feedback item that took the receiver (or one content item) furthest, by the same rule: with its reason. */
    public static Optional<Feedback> furthestItem(List<Feedback> feedback) {
        Feedback furthest = null;
        for (Feedback item : feedback.stream().sorted(TIME_ORDER).toList()) {
            if (furthest == null || item.type().stage().compareTo(furthest.type().stage()) >= 0) {
                furthest = item;
            }
        }
        return Optional.ofNullable(furthest);
    }

    /**
     * Why {@code next} cannot join the receiver's feedback (409), or empty when it can: nothing happens after
     * CLOSED, by the items' own times, whatever order they arrive in.
     */
    public static Optional<String> closedConflict(List<Feedback> applied, Feedback next) {
        // MOVED ends the receiver's part as CLOSED does: the item is someone else's now.
        Optional<Feedback> closed = applied.stream().filter(f -> isFinal(f.type())).min(TIME_ORDER);
        if (closed.isPresent() && next.occurredAt().isAfter(closed.get().occurredAt())) {
            return Optional.of(closed.get().type() == FeedbackType.CLOSED
                    ? "the receiver closed this report at " + closed.get().occurredAt()
                            + " (feedback " + closed.get().feedbackId() + "); nothing can follow CLOSED"
                    : "the receiver reported it MOVED at " + closed.get().occurredAt() + " (feedback "
                            + closed.get().feedbackId() + "); it went to its new receiver and nothing can follow MOVED");
        }
        if (isFinal(next.type())) {
            Optional<Feedback> later = applied.stream().filter(f -> f.occurredAt().isAfter(next.occurredAt())).max(TIME_ORDER);
            if (later.isPresent()) {
                return Optional.of("feedback " + later.get().feedbackId() + " (" + later.get().type() + ") happened at "
                        + later.get().occurredAt() + ", after this " + next.type() + "; nothing can follow " + next.type());
            }
        }
        return Optional.empty();
    }

    private static boolean isFinal(FeedbackType type) {
        return type.stage() == FeedbackType.Stage.CLOSED;
    }

    /** A field of a feedback item that cannot be true, and why (422). */
    public record ImpossibleField(String pointer, String reason) {
    }

    /**
     * The first impossible time in the item, or empty: nothing happens in the future, and content cannot come
     * down before the report was first made.
     *
     * @param firstReported the earliest of the report's first receipt and the sender's own first-seen time
     */
    public static Optional<ImpossibleField> impossibleTime(Feedback next, Instant firstReported, Instant now) {
        Optional<ImpossibleField> future = futureOccurrence(next, now);
        if (future.isPresent()) {
            return future;
        }
        return impossibleRemoval(next, firstReported, now).map(reason -> new ImpossibleField("/removedAt", reason));
    }

    /**
     * An {@code occurredAt} more than the clock skew ahead of us, or empty. It needs nothing stored, so it is
     * checked with the item's own rules, before the 404 and 409 checks (the documented order).
     */
    public static Optional<ImpossibleField> futureOccurrence(Feedback next, Instant now) {
        if (next.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of(new ImpossibleField("/occurredAt", next.occurredAt() + " is in the future"));
        }
        return Optional.empty();
    }

    static Optional<String> impossibleRemoval(Feedback next, Instant firstReported, Instant now) {
        if (next.removedAt().isEmpty()) {
            return Optional.empty();
        }
        Instant removedAt = next.removedAt().get();
        if (removedAt.isBefore(firstReported)) {
            return Optional.of(removedAt + " is before the report was first seen or received (" + firstReported + ")");
        }
        if (removedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of(removedAt + " is in the future");
        }
        return Optional.empty();
    }

    private record Position(int rank, String label) {
    }

    private static Position position(Receiver receiver) {
        return switch (receiver.status()) {
            case DEAD -> new Position(0, "DELIVERY_FAILED");
            case PENDING -> new Position(1, "ROUTED");
            case DELIVERED -> new Position(2, "DELIVERED");
            case ACKNOWLEDGED -> receiver.furthest().map(ReportLifecycle::position).orElse(new Position(3, "ACKNOWLEDGED"));
            case CANCELLED -> throw new IllegalArgumentException("cancelled deliveries have no position");
        };
    }

    private static Position position(FeedbackType furthest) {
        int rank = 3 + furthest.stage().ordinal() - FeedbackType.Stage.ACKNOWLEDGED.ordinal();
        return switch (furthest.stage()) {
            case DELIVERED, ACKNOWLEDGED -> new Position(rank, "ACKNOWLEDGED");
            case CLOSED -> new Position(rank, "CLOSED");
            default -> new Position(rank, furthest.name());
        };
    }
}
