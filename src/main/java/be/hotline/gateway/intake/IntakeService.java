package be.hotline.gateway.intake;

import be.hotline.gateway.dedupe.DuplicateCheck;
import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.random.ThreadRandom;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.MessageSignature;
import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.report.ReportStatus;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.routing.RoutingDecision;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.DuplicatePartnerReferenceException;
import be.hotline.gateway.store.DuplicateScreen;
import be.hotline.gateway.store.NewReport;
import be.hotline.gateway.store.ReportEvent;
import be.hotline.gateway.store.ReportStore;
import be.hotline.gateway.store.StoredReport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accepts a validated report from a partner exactly once per partnerReference. Idempotency rests on
 * the database's unique constraint, not on a read before the write, so it holds across concurrent
 * re-sends and across gateway nodes sharing one database.
 */
public final class IntakeService {

    private static final String GATEWAY_ACTOR = "gateway";
    private final ReportStore store;
    private final ReferenceGenerator references;
    private final RoutingRules routing;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final DuplicateCheck duplicates;

    /** Without duplicate matching (items are still indexed). */
    public IntakeService(ReportStore store, ReferenceGenerator references, RoutingRules routing,
                         PartnerDirectory partners, Clock clock) {
        this(store, references, routing, partners, clock, DuplicateCheck.off());
    }

    public IntakeService(ReportStore store, ReferenceGenerator references, RoutingRules routing,
                         PartnerDirectory partners, Clock clock, DuplicateCheck duplicates) {
        this.store = store;
        this.references = references;
        this.routing = routing;
        this.partners = partners;
        this.clock = clock;
        this.duplicates = duplicates;
    }

    /**
     * Stores the report with its routing decisions and their deliveries in one transaction; a report classified
     * NOT_ILLEGAL gets none (ClassificationGate).
     *
     * @throws be.hotline.gateway.report.InvalidReportException when a foreign hotline sends content hosted elsewhere
     */
    public IntakeOutcome accept(Partner partner, ValidatedReport validated, String format) {
        return accept(partner, validated, format, Optional.empty());
    }

    /**
     * As {@link #accept(Partner, ValidatedReport, String)}, with the sender's verified signature stored in the same
     * transaction, with the bytes it signed unless they hold a reporter's contact details. A re-sent report (200)
     * keeps the evidence of its first acceptance: the new signature is not stored.
     */
    public IntakeOutcome accept(Partner partner, ValidatedReport validated, String format, Optional<MessageSignature> signature) {
        routing.checkSenderMayReport(partner, validated.report());
        refuseReporterFromOutside(partner, validated);
        // Microseconds: what both databases store, so every answer shows the same receivedAt.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String fingerprint = ContentFingerprint.of(validated);
        boolean forwarded = ClassificationGate.forwards(validated.report());
        StoredReport header = new StoredReport(references.next(), partner.id(), validated.report().partnerReference(),
                fingerprint, (forwarded ? ReportStatus.ROUTED : ReportStatus.NOT_FORWARDED).name(), now);
        List<RoutingDecision> decisions = forwarded ? routing.route(validated.report(), partner) : List.of();
        // The decisions the store hands back are those left once receivers already holding an item are dropped.
        Function<List<RoutingDecision>, NewReport> toStore = kept -> {
            List<ReportEvent> events = new ArrayList<>(List.of(
                    new ReportEvent(now, partner.id(), ReportEventType.RECEIVED.name(), "format " + format),
                    new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.VALIDATED.name(), null)));
            if (!forwarded) {
                events.add(new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.NOT_FORWARDED.name(), ClassificationGate.WHY_NOT));
            }
            kept.forEach(d -> events.add(new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.ROUTED.name(), d.describe())));
            return new NewReport(header, format, validated.report(),
                    CanonicalJson.write(validated.report()), validated.reporter(), events, deliveries(kept),
                    validated.report().contentItems().stream().map(item -> routing.assignedCountry(item.hostingCountry())).toList(),
                    validated.reporter().isPresent() ? signature.map(MessageSignature::withoutContent) : signature);
        };
        try {
            DuplicateScreen.Screened stored = store.insert(duplicates.screen(validated.report(), now, decisions, toStore));
            return new IntakeOutcome(IntakeOutcome.Kind.ACCEPTED, header.reference(), header.status(), now, stored.links());
        } catch (DuplicatePartnerReferenceException e) {
            return earlierSubmission(partner, validated.report().partnerReference(), fingerprint);
        }
    }

    /** A reporter's identity is only ever known to our own hotline: no partner may send us one. */
    private static void refuseReporterFromOutside(Partner partner, ValidatedReport validated) {
        if (validated.reporter().isPresent() && !partner.isInternal()) {
            throw new InvalidReportException(List.of(new FieldError("/reporter",
                    "only the hotline's own case-management system may send reporter contact details; leave reporter out")));
        }
    }

    private List<NewDelivery> deliveries(List<RoutingDecision> decisions) {
        return decisions.stream().map(decision -> new NewDelivery(ThreadRandom.uuid(), decision.partnerId(),
                decision.purpose(), partners.outboundFormatOf(decision.partnerId()), decision.itemPositions())).toList();
    }

    private IntakeOutcome earlierSubmission(Partner partner, String partnerReference, String fingerprint) {
        StoredReport earlier = store.findByPartnerReference(partner.id(), partnerReference)
                .orElseThrow(() -> new IllegalStateException("unique violation without a stored row"));
        IntakeOutcome.Kind kind = earlier.contentSha256().equals(fingerprint)
                ? IntakeOutcome.Kind.ALREADY_ACCEPTED
                : IntakeOutcome.Kind.CONFLICT;
        return new IntakeOutcome(kind, earlier.reference(), earlier.status(), earlier.receivedAt(),
                kind == IntakeOutcome.Kind.ALREADY_ACCEPTED ? store.duplicateLinks(earlier.reference()) : List.of());
    }
}
