package be.hotline.gateway.api;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.store.ItemStatusQueries;
import be.hotline.gateway.store.ReceivedDeliveries;
import be.hotline.gateway.store.ReceivedDelivery;
import be.hotline.gateway.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a receiver reads it: our reference, the items it got (only those, each with its index and where it
 * stands with this receiver), its own deliveries and its own
 * feedback. Never who sent it, the report's status (that is every receiver's progress), other receivers or the
 * reporter: the body is built from those parts only.
 */
final class ReceiverReportView {

    private ReceiverReportView() {
    }

    static Map<String, Object> of(StoredReport report, List<ReceivedDelivery> deliveries, ReceivedDeliveries received,
                                  String reader, List<ItemStatusQueries.ItemStanding> standings) {
        List<Integer> positions = deliveries.stream().flatMap(delivery -> delivery.itemPositions().stream())
                .distinct().sorted().toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", report.reference());
        body.put("items", received.items(report.reference(), positions).stream().map(item -> ItemJson.ofReceiver(item,
                standings.stream().filter(standing -> standing.position() == item.position()).findFirst()
                        .flatMap(standing -> standing.of(reader)))).toList());
        body.put("deliveries", deliveries.stream().map(DeliveryJson::ofReceiver).toList());
        body.put("feedback", received.feedback(report.reference(), reader).stream().map(ReceiverReportView::feedback).toList());
        return body;
    }

    /** The receiver's own item as it sent it, but its note: that is for our analysts, and stays with them. */
    private static Map<String, Object> feedback(Feedback item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedbackId", item.feedbackId());
        body.put("type", item.type().name());
        body.put("occurredAt", item.occurredAt().toString());
        item.receiverReference().ifPresent(value -> body.put("receiverReference", value));
        item.caseNumber().ifPresent(value -> body.put("caseNumber", value));
        item.removedAt().ifPresent(value -> body.put("removedAt", value.toString()));
        item.reason().ifPresent(value -> body.put("reason", value.name()));
        if (!item.items().isEmpty()) {
            body.put("items", item.items().stream().map(ref -> ref.index().orElseThrow()).toList());
        }
        return body;
    }
}
