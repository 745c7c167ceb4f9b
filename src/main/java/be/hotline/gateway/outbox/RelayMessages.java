package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.feedback.FeedbackFormats;
import be.hotline.gateway.format.feedback.RelayFormat;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.store.FeedbackStore;
import java.util.Optional;

/**
 * Renders a relay delivery: the feedback item it carries, as the report's sender may see it, in the sender's
 * format. What the giver marked confidential (the police case number) stays behind, and so does any note.
 */
public final class RelayMessages {

    private final FeedbackStore feedback;
    private final FeedbackFormats formats;
    private final PartnerDirectory partners;

    public RelayMessages(FeedbackStore feedback, FeedbackFormats formats, PartnerDirectory partners) {
        this.feedback = feedback;
        this.formats = formats;
        this.partners = partners;
    }

    public OutboundMessages.Message render(ClaimedDelivery relay) {
        FeedbackStore.RelayedItem item = feedback.relayedItem(relay.feedbackId())
                .orElseThrow(() -> new IllegalStateException("relay " + relay.messageId() + " carries no stored feedback"));
        Partner giver = partners.byId(item.fromPartner())
                .orElseThrow(() -> new IllegalStateException("feedback from unknown partner " + item.fromPartner()));
        Optional<String> caseNumber = giver.confidentialFeedback().contains(Partner.CASE_NUMBER)
                ? Optional.empty() : item.feedback().caseNumber();
        RelayedFeedback news = new RelayedFeedback(relay.messageId(), item.partnerReference(), relay.reference(),
                item.feedback().type(), item.feedback().occurredAt(),
                giver.kind() == PartnerKind.POLICE ? "POLICE" : giver.country(), caseNumber, item.feedback().removedAt(),
                item.items(), item.feedback().reason(), item.feedback().movedTo().map(NewLocation::hostingCountry));
        RelayFormat format = formats.relayFormat(relay.format());
        return new OutboundMessages.Message(format.mediaType(), format.write(news));
    }
}
