package be.hotline.gateway.api;

import be.hotline.gateway.intake.IntakeOutcome;
import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.SubmissionReaders;
import be.hotline.gateway.logging.LogContext;
import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/v1/reports: read, validate, store exactly once, then answer. The answer (202) is only
 * written after the database committed, so an accepted report is never lost.
 */
public final class ReportIntakeEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ReportIntakeEndpoint.class);
    private final RequestBody requestBody;
    private final SubmissionReaders readers;
    private final ReportValidator validator;
    private final IntakeService intake;

    public ReportIntakeEndpoint(RequestBody requestBody, SubmissionReaders readers, ReportValidator validator,
                                IntakeService intake) {
        this.requestBody = requestBody;
        this.readers = readers;
        this.validator = validator;
        this.intake = intake;
    }

    public void accept(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        try (LogContext context = LogContext.partner(partner.id())) {
            accept(exchange, partner, context);
        }
    }

    private void accept(Exchange exchange, Partner partner, LogContext context) {
        String format = RequestBody.formatOf(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class));
        GatewayMetrics.of(exchange).countIntake(exchange, partner.id(), format);
        ValidatedReport report;
        IntakeOutcome outcome;
        try {
            report = validator.validate(readers.read(format, requestBody.read(exchange)));
            outcome = intake.accept(partner, report, format, PushSignatureCheck.of(exchange));
        } catch (InvalidReportException refused) {
            throw readers.inTermsOf(format, refused);
        }
        context.reference(outcome.reference());
        exchange.setProperty(ProblemResponder.REFERENCE, outcome.reference());
        LOG.info("report intake: outcome={} format={}", outcome.kind(), format);
        if (outcome.kind() == IntakeOutcome.Kind.CONFLICT) {
            throw ApiProblem.conflict("partnerReference '" + report.report().partnerReference()
                    + "' was already used for a report with different content (reference " + outcome.reference() + ").",
                    outcome.reference());
        }
        int status = outcome.kind() == IntakeOutcome.Kind.ACCEPTED ? 202 : 200;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", outcome.reference());
        body.put("status", outcome.status());
        body.put("receivedAt", outcome.receivedAt().toString());
        // Items received before from any partner: our earlier report's reference, never its sender (routing-and-lifecycle.md).
        body.put("knownItems", outcome.knownItems().stream()
                .map(link -> Map.of("index", link.position(), "reference", link.earlierReference())).toList());
        HttpReply.json(exchange, status, "application/json", body, Map.of("Location", GatewayPaths.REPORTS + "/" + outcome.reference()));
    }
}
