package be.hotline.gateway.followup;

import be.hotline.gateway.format.feedback.CaseManagementNewsFormat;
import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.feedback.ReportLifecycle;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.FeedbackStore;
import be.hotline.gateway.store.ReportStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a receiver's feedback on a report we sent it: checks the receiver may say this, decides whether the
 * news goes back to the hotline that sent us the report, and has it applied in one transaction.
 */
public final class FeedbackService {

    /**
     * The news a sending hotline (or our case management) cares about: every police outcome the INHOPE feedback schema has a relay code for
     * (issue 11: a hotline must hear "no further action" too), and a hotline's UNAVAILABLE and NOT_ILLEGAL with their
     * reasons, and MOVED (issue 12); the rest stays between us and the receiver.
     */
    static final Set<FeedbackType> RELAYED = EnumSet.of(FeedbackType.ACKNOWLEDGED, FeedbackType.CASE_OPENED,
            FeedbackType.REFERRED_TO_PROSECUTOR, FeedbackType.TAKEDOWN_ORDERED, FeedbackType.FORWARDED_TO_INTERPOL,
            FeedbackType.NO_FURTHER_ACTION, FeedbackType.CONTENT_REMOVED, FeedbackType.CONTENT_NOT_FOUND,
            FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY, FeedbackType.MOVED, FeedbackType.CLOSED);

    private final FeedbackStore store;
    private final ReportStore reports;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final Optional<MoveRouting> moves;

    /** Without re-routing: MOVED feedback is refused (for tests of the other types). */
    public FeedbackService(FeedbackStore store, ReportStore reports, PartnerDirectory partners, Clock clock) {
        this(store, reports, partners, clock, Optional.empty());
    }

    /** @param maxMoves how often one item may move and still be sent again (gateway.routing.max-moves) */
    public FeedbackService(FeedbackStore store, ReportStore reports, PartnerDirectory partners, Clock clock,
                           RoutingRules routing, int maxMoves) {
        this(store, reports, partners, clock, Optional.of(new MoveRouting(routing, partners, maxMoves)));
    }

    private FeedbackService(FeedbackStore store, ReportStore reports, PartnerDirectory partners, Clock clock,
                            Optional<MoveRouting> moves) {
        this.store = store;
        this.reports = reports;
        this.partners = partners;
        this.clock = clock;
        this.moves = moves;
    }

    /**
     * @param terms how the format the partner sent names fields and types: a refusal reads in its words
     * @throws InvalidFeedbackException if this kind of partner cannot send this type (a hotline opens no police case),
     *                                  or the item happened in the future
     */
    public FeedbackStore.Outcome apply(Partner from, String reference, Feedback feedback, FeedbackTerms terms) {
        if (!feedback.type().allowedFrom(from.kind())) {
            throw new InvalidFeedbackException(List.of(new FieldError(terms.pointer("/type"), "a " + from.kind()
                    + " partner cannot send " + terms.code(feedback.type()) + "; it may send "
                    + FeedbackType.allowedFor(from.kind()).stream().map(terms::code).toList())));
        }
        ReportLifecycle.futureOccurrence(feedback, clock.instant()).ifPresent(future -> {
            throw new InvalidFeedbackException(List.of(new FieldError(terms.pointer(future.pointer()), future.reason())));
        });
        Optional<FeedbackStore.RelayTarget> relay = RELAYED.contains(feedback.type()) ? relayTarget(reference, from) : Optional.empty();
        Optional<FeedbackStore.Reroute> reroute = feedback.movedTo().map(to -> moves
                .orElseThrow(() -> new IllegalStateException("this gateway was wired without re-routing for MOVED"))
                .reroute(from, to, terms));
        return store.apply(reference, from.id(), feedback, clock.instant(), relay, reroute);
    }

    /**
     * The report's sender, when it has a feedback endpoint and is not the one giving the news: a foreign hotline
     * gets the relay in its own format, our case management the news with a reporter-safe summary.
     */
    private Optional<FeedbackStore.RelayTarget> relayTarget(String reference, Partner from) {
        return reports.find(reference)
                .flatMap(report -> partners.byId(report.partnerId()))
                .filter(sender -> sender.kind() != PartnerKind.POLICE && !sender.id().equals(from.id()))
                .flatMap(sender -> sender.outbound()
                        .filter(outbound -> outbound.feedbackUrl() != null)
                        .map(outbound -> new FeedbackStore.RelayTarget(sender.id(),
                                sender.isInternal() ? CaseManagementNewsFormat.NAME : outbound.format())));
    }
}
