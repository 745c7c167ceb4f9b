package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.store.FollowUp;
import be.hotline.gateway.store.ItemStatusQueries;
import be.hotline.gateway.store.ReportEvent;
import be.hotline.gateway.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as its sender reads it: status, each item's status, takedown and history. Only INTERNAL sees each receiver's delivery
 * and the history as recorded; a sending partner reads the history through {@link PartnerEventView}.
 */
final class SenderReportView {

    private SenderReportView() {
    }

    static Map<String, Object> of(StoredReport report, List<ReportEvent> events, FollowUp followUp, Partner reader,
                                  List<ItemStatusQueries.ItemStanding> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", report.reference());
        body.put("partnerReference", report.partnerReference());
        body.put("status", report.status());
        body.put("receivedAt", report.receivedAt().toString());
        body.put("ackOverdue", followUp.ackOverdue());
        followUp.removedAt().ifPresent(removed -> body.put("takedown", Map.of("removedAt", removed.toString(),
                "seconds", followUp.takedownSeconds().orElseThrow())));
        body.put("items", items.stream().map(item -> ItemJson.of(item, reader.isInternal())).toList());
        if (reader.isInternal()) {
            body.put("deliveries", followUp.receivers().stream().map(SenderReportView::receiver).toList());
            body.put("events", events.stream().map(SenderReportView::recorded).toList());
        } else {
            body.put("events", events.stream().map(event -> PartnerEventView.forSender(event, reader.id())).toList());
        }
        return body;
    }

    private static Map<String, Object> receiver(FollowUp.Receiver receiver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner", receiver.partnerId());
        body.put("status", receiver.status());
        receiver.receiverReference().ifPresent(value -> body.put("receiverReference", value));
        receiver.acknowledgedAt().ifPresent(value -> body.put("acknowledgedAt", value.toString()));
        receiver.ackDueAt().ifPresent(value -> body.put("ackDueAt", value.toString()));
        body.put("ackOverdue", receiver.ackOverdue());
        receiver.furthestFeedback().ifPresent(value -> body.put("furthestFeedback", value));
        return body;
    }

    private static Map<String, Object> recorded(ReportEvent event) {
        return PartnerEventView.event(event.occurredAt(), event.type(), event.actor(), event.detail());
    }
}
