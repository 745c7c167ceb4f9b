package be.hotline.gateway.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.feedback.ReportLifecycle.Receiver;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.report.ReportStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportLifecycleTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void aReportStandsWhereItsLeastAdvancedReceiverStands() {
        assertThat(ReportLifecycle.statusOf(List.of(receiver(DeliveryStatus.PENDING)))).isEqualTo(ReportStatus.ROUTED);
        assertThat(ReportLifecycle.statusOf(List.of(receiver(DeliveryStatus.DELIVERED)))).isEqualTo(ReportStatus.DELIVERED);
        assertThat(ReportLifecycle.statusOf(List.of(receiver(DeliveryStatus.ACKNOWLEDGED)))).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(ReportLifecycle.statusOf(List.of(acknowledged(FeedbackType.CLOSED), acknowledged(FeedbackType.CASE_OPENED))))
                .isEqualTo(ReportStatus.CASE_OPENED);
        assertThat(ReportLifecycle.statusOf(List.of(acknowledged(FeedbackType.CLOSED), receiver(DeliveryStatus.DEAD))))
                .isEqualTo(ReportStatus.DELIVERY_FAILED);
        assertThat(ReportLifecycle.statusOf(List.of(acknowledged(FeedbackType.CLOSED), receiver(DeliveryStatus.CANCELLED))))
                .isEqualTo(ReportStatus.CLOSED);
        assertThat(ReportLifecycle.statusOf(List.of(receiver(DeliveryStatus.CANCELLED)))).isEqualTo(ReportStatus.CANCELLED);
    }

    @Test
    void everyActionAndOutcomeIsAReportStatusOfTheSameName() {
        Arrays.stream(FeedbackType.values())
                .filter(type -> type.stage() == FeedbackType.Stage.IN_ACTION || type.stage() == FeedbackType.Stage.OUTCOME)
                .forEach(type -> assertThat(ReportLifecycle.statusOf(List.of(acknowledged(type))).name()).isEqualTo(type.name()));
    }

    @Test
    void feedbackIsFoldedInTimeOrderAndALowerStageNeverMovesBack() {
        Feedback removed = item("b", FeedbackType.CONTENT_REMOVED, T.plusSeconds(60));
        Feedback acknowledged = item("a", FeedbackType.ACKNOWLEDGED, T);
        Feedback lateAckByItsOwnTime = item("c", FeedbackType.ACKNOWLEDGED, T.plusSeconds(120));

        assertThat(ReportLifecycle.furthest(List.of(removed, acknowledged))).contains(FeedbackType.CONTENT_REMOVED);
        assertThat(ReportLifecycle.furthest(List.of(removed, lateAckByItsOwnTime))).contains(FeedbackType.CONTENT_REMOVED);
        assertThat(ReportLifecycle.furthest(List.of(item("d", FeedbackType.CASE_OPENED, T),
                item("e", FeedbackType.TAKEDOWN_ORDERED, T.plusSeconds(1))))).contains(FeedbackType.TAKEDOWN_ORDERED);
        assertThat(ReportLifecycle.furthest(List.of())).isEmpty();
    }

    @Test
    void noFurtherActionIsAnOutcomeThatALaterStepCannotUndoAndAfterWhichTheReportMayClose() {
        Feedback referred = item("p", FeedbackType.REFERRED_TO_PROSECUTOR, T);
        Feedback noFurtherAction = item("n", FeedbackType.NO_FURTHER_ACTION, T.plusSeconds(60));
        Feedback lateInterpol = item("i", FeedbackType.FORWARDED_TO_INTERPOL, T.plusSeconds(120));
        Feedback closed = item("c", FeedbackType.CLOSED, T.plusSeconds(180));

        assertThat(ReportLifecycle.furthest(List.of(lateInterpol, noFurtherAction, referred))).contains(FeedbackType.NO_FURTHER_ACTION);
        assertThat(ReportLifecycle.closedConflict(List.of(referred, noFurtherAction), closed)).isEmpty();
        assertThat(ReportLifecycle.furthest(List.of(referred, noFurtherAction, closed))).contains(FeedbackType.CLOSED);
        assertThat(ReportLifecycle.statusOf(List.of(acknowledged(FeedbackType.NO_FURTHER_ACTION))))
                .isEqualTo(ReportStatus.NO_FURTHER_ACTION);
    }

    @Test
    void nothingFollowsClosedByTheItemsOwnTimes() {
        List<Feedback> closed = List.of(item("x", FeedbackType.CLOSED, T));

        assertThat(ReportLifecycle.closedConflict(closed, item("y", FeedbackType.CONTENT_REMOVED, T.plusSeconds(1)))).isPresent();
        assertThat(ReportLifecycle.closedConflict(closed, item("z", FeedbackType.ACKNOWLEDGED, T.minusSeconds(1)))).isEmpty();
        assertThat(ReportLifecycle.closedConflict(List.of(item("w", FeedbackType.CASE_OPENED, T.plusSeconds(5))),
                item("v", FeedbackType.CLOSED, T))).hasValueSatisfying(reason -> assertThat(reason).contains("w"));
    }

    @Test
    void aRemovalCannotPredateTheFirstReportNorLieInTheFuture() {
        Instant first = T;
        assertThat(ReportLifecycle.impossibleRemoval(removal(T.minusSeconds(1)), first, T.plusSeconds(3600))).isPresent();
        assertThat(ReportLifecycle.impossibleRemoval(removal(T), first, T.plusSeconds(3600))).isEmpty();
        assertThat(ReportLifecycle.impossibleRemoval(removal(T.plusSeconds(3600 + 121)), first, T.plusSeconds(3600))).isPresent();
    }

    @Test
    void nothingHappensInTheFuture() {
        Feedback tomorrow = item("f", FeedbackType.ACKNOWLEDGED, T.plusSeconds(86_400));

        assertThat(ReportLifecycle.impossibleTime(tomorrow, T.minusSeconds(60), T))
                .hasValueSatisfying(field -> assertThat(field.pointer()).isEqualTo("/occurredAt"));
        assertThat(ReportLifecycle.impossibleTime(item("g", FeedbackType.ACKNOWLEDGED, T.plusSeconds(60)), T, T)).isEmpty();
    }

    @Test
    void eachPartyMaySendOnlyItsOwnTypes() {
        assertThat(FeedbackType.CASE_OPENED.allowedFrom(PartnerKind.HOTLINE)).isFalse();
        assertThat(FeedbackType.CASE_OPENED.allowedFrom(PartnerKind.POLICE)).isTrue();
        assertThat(FeedbackType.NOTICE_SENT_TO_HOSTING_PROVIDER.allowedFrom(PartnerKind.POLICE)).isFalse();
        assertThat(FeedbackType.CONTENT_REMOVED.allowedFrom(PartnerKind.POLICE)).isTrue();
        assertThat(FeedbackType.CONTENT_REMOVED.allowedFrom(PartnerKind.HOTLINE)).isTrue();
        assertThat(FeedbackType.allowedFor(PartnerKind.INTERNAL)).isEmpty();
    }

    private static Receiver receiver(DeliveryStatus status) {
        return new Receiver(status, Optional.empty());
    }

    private static Receiver acknowledged(FeedbackType furthest) {
        return new Receiver(DeliveryStatus.ACKNOWLEDGED, Optional.of(furthest));
    }

    private static Feedback item(String id, FeedbackType type, Instant at) {
        return new Feedback(id, type, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Feedback removal(Instant removedAt) {
        return new Feedback("r", FeedbackType.CONTENT_REMOVED, removedAt, Optional.empty(), Optional.empty(),
                Optional.of(removedAt), Optional.empty());
    }
}
