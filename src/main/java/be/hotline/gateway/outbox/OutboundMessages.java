package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.outbound.OutboundFormats;
import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.routing.RoutingRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import be.hotline.gateway.feedback.NewLocation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Renders a claimed delivery as the message its receiver gets, in the receiver's format. */
public final class OutboundMessages {

    private final OutboundFormats formats;
    private final PartnerDirectory partners;
    private final RoutingRules routing;
    private final RelayMessages relays;
    private final CurrentItemLocation locations;

    public OutboundMessages(OutboundFormats formats, PartnerDirectory partners, RoutingRules routing, RelayMessages relays) {
        this(formats, partners, routing, relays, CurrentItemLocation.NONE);
    }

    /** @param movedItems a report's moved items by position, where they are now (ItemMoveQueries.currentLocations) */
    public OutboundMessages(OutboundFormats formats, PartnerDirectory partners, RoutingRules routing, RelayMessages relays,
                            Function<String, Map<Integer, NewLocation>> movedItems) {
        this(formats, partners, routing, relays, new CurrentItemLocation(movedItems));
    }

    private OutboundMessages(OutboundFormats formats, PartnerDirectory partners, RoutingRules routing, RelayMessages relays,
                             CurrentItemLocation locations) {
        this.formats = formats;
        this.partners = partners;
        this.routing = routing;
        this.relays = relays;
        this.locations = locations;
    }

    public record Message(String mediaType, byte[] body) {
    }

    public Message render(ClaimedDelivery delivery) {
        if (delivery.purpose() == DeliveryPurpose.FEEDBACK_RELAY) {
            return relays.render(delivery);
        }
        OutboundFormat format = formats.byName(delivery.format());
        return new Message(format.mediaType(), format.write(outboundReport(delivery)));
    }

    OutboundReport outboundReport(ClaimedDelivery delivery) {
        Report stored = readReport(delivery.reportJson());
        // Each item where it is now (a moved one at its new location), with the country that must act on it there.
        List<ContentItem> items = locations.items(delivery.reference(), delivery.itemPositions(), stored.contentItems()).stream()
                .map(item -> item.assignedTo(routing.assignedCountry(item.hostingCountry()))).toList();
        // The originating party's own reference travels as docs/api/delivery.md promises (police OriginReference,
        // JSON report.partnerReference); ours goes beside it (OutboundReport.reference). Never the reporter.
        Report forReceiver = new Report(stored.partnerReference(), stored.firstSeenAt(), items, stored.assessment());
        String originCountry = partners.byId(delivery.originPartner())
                .filter(origin -> !origin.isInternal()).map(Partner::country).orElse(routing.homeCountry());
        return new OutboundReport(delivery.messageId(), delivery.reference(), delivery.reportReceivedAt(), originCountry,
                delivery.purpose(), forReceiver);
    }

    private static Report readReport(String json) {
        try {
            return CanonicalJson.mapper().readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report is not readable canonical JSON", e);
        }
    }
}
