package be.hotline.gateway.intake;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.report.ReportStatus;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.store.DuplicatePartnerReferenceException;
import be.hotline.gateway.store.NewReport;
import be.hotline.gateway.store.ReportEvent;
import be.hotline.gateway.store.ReportStore;
import be.hotline.gateway.store.StoredReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Accepts a validated report from a partner exactly once per partnerReference. Idempotency rests on
 * the database's unique constraint, not on a read before the write, so it holds across concurrent
 * re-sends and across gateway nodes sharing one database.
 */
public final class IntakeService {

    private static final String GATEWAY_ACTOR = "gateway";
    private final ReportStore store;
    private final ReferenceGenerator references;
    private final Clock clock;

    public IntakeService(ReportStore store, ReferenceGenerator references, Clock clock) {
        this.store = store;
        this.references = references;
        this.clock = clock;
    }

    public IntakeOutcome accept(Partner partner, ValidatedReport validated, String format) {
        Instant now = clock.instant();
        String fingerprint = ContentFingerprint.of(validated);
        StoredReport header = new StoredReport(references.next(), partner.id(), validated.report().partnerReference(),
                fingerprint, ReportStatus.VALIDATED.name(), now);
        List<ReportEvent> events = List.of(
                new ReportEvent(now, partner.id(), ReportEventType.RECEIVED.name(), "format " + format),
                new ReportEvent(now, GATEWAY_ACTOR, ReportEventType.VALIDATED.name(), null));
        try {
            store.insert(new NewReport(header, format, validated.report(),
                    CanonicalJson.write(validated.report()), validated.reporter(), events));
            return new IntakeOutcome(IntakeOutcome.Kind.ACCEPTED, header.reference(), header.status(), now);
        } catch (DuplicatePartnerReferenceException e) {
            return earlierSubmission(partner, validated.report().partnerReference(), fingerprint);
        }
    }

    private IntakeOutcome earlierSubmission(Partner partner, String partnerReference, String fingerprint) {
        StoredReport earlier = store.findByPartnerReference(partner.id(), partnerReference)
                .orElseThrow(() -> new IllegalStateException("unique violation without a stored row"));
        IntakeOutcome.Kind kind = earlier.contentSha256().equals(fingerprint)
                ? IntakeOutcome.Kind.ALREADY_ACCEPTED
                : IntakeOutcome.Kind.CONFLICT;
        return new IntakeOutcome(kind, earlier.reference(), earlier.status(), earlier.receivedAt());
    }
}
