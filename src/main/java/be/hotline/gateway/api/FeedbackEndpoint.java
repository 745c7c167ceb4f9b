package be.hotline.gateway.api;

import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackTerms;
import be.hotline.gateway.format.feedback.FeedbackReader;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.followup.FeedbackService;
import be.hotline.gateway.logging.LogContext;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.store.FeedbackStore.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/v1/reports/{reference}/feedback: a receiver tells us what it did with a report we sent it, in
 * JSON or its own XML (police case feedback for the police, INHOPE feedback for hotlines). Applied once per
 * feedback id; 202 after the commit, 200 for the same item again.
 */
public final class FeedbackEndpoint {

    /** The feedback reader for a format ("JSON" or "INHOPE_XML" from the media type) and a kind of partner. */
    @FunctionalInterface
    public interface FeedbackReaders {
        FeedbackReader reader(PartnerKind kind, String format);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackEndpoint.class);
    private final RequestBody requestBody;
    private final FeedbackReaders readers;
    private final FeedbackService feedback;

    public FeedbackEndpoint(RequestBody requestBody, FeedbackReaders readers, FeedbackService feedback) {
        this.requestBody = requestBody;
        this.readers = readers;
        this.feedback = feedback;
    }

    public void accept(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        String reference = referenceInPath(exchange);
        exchange.setProperty(ProblemResponder.REFERENCE, reference);
        try (LogContext context = LogContext.report(reference, partner.id())) {
            accept(exchange, partner, reference);
        }
    }

    private void accept(Exchange exchange, Partner partner, String reference) {
        if (partner.isInternal()) {
            // Nothing is ever delivered to our own case system, so it has nothing to give feedback on.
            throw notDelivered(reference);
        }
        String format = RequestBody.formatOf(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class));
        FeedbackReader reader = readers.reader(partner.kind(), format);
        Feedback item = reader.read(requestBody.read(exchange));
        FeedbackTerms terms = reader.terms();
        Outcome outcome = feedback.apply(partner, reference, item, terms);
        GatewayMetrics.of(exchange).feedbackReceived(partner.id(), item.type().name(), outcome.getClass().getSimpleName());
        LOG.info("feedback: outcome={} type={} feedbackId={}", outcome.getClass().getSimpleName(), item.type(),
                item.feedbackId());
        if (outcome instanceof Outcome.Applied applied) {
            reply(exchange, 202, reference, item, applied.reportStatus());
        } else if (outcome instanceof Outcome.Duplicate duplicate) {
            reply(exchange, 200, reference, item, duplicate.reportStatus());
        } else if (outcome instanceof Outcome.IdReused reused) {
            throw ApiProblem.feedbackIdReused("feedbackId '" + item.feedbackId() + "' was already used for a "
                    + reused.type() + " item on report " + reused.reference() + ".");
        } else if (outcome instanceof Outcome.Conflict conflict) {
            throw ApiProblem.feedbackConflict(conflict.reason());
        } else if (outcome instanceof Outcome.Impossible impossible) {
            throw new InvalidFeedbackException(List.of(new FieldError(terms.pointer(impossible.pointer()), impossible.reason())));
        } else if (outcome instanceof Outcome.UnknownItems unknown) {
            throw new InvalidFeedbackException(unknown.items().stream()
                    .map(named -> new FieldError(terms.pointer(named.pointer()), named.reason())).toList());
        } else {
            throw notDelivered(reference);
        }
    }

    /** Same answer as for an unknown reference: a partner cannot probe which reports exist. */
    private static ApiProblem notDelivered(String reference) {
        return ApiProblem.notFound("No report with reference '" + reference + "' was delivered to this partner.");
    }

    private static void reply(Exchange exchange, int status, String reference, Feedback item, String reportStatus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedbackId", item.feedbackId());
        body.put("reference", reference);
        body.put("type", item.type().name());
        body.put("reportStatus", reportStatus);
        HttpReply.json(exchange, status, "application/json", body, Map.of("Location", GatewayPaths.REPORTS + "/" + reference));
    }

    /** From the servlet request itself: .../reports/{reference}/feedback. */
    private static String referenceInPath(Exchange exchange) {
        String[] segments = exchange.getIn(HttpMessage.class).getRequest().getRequestURI().split("/");
        return segments[segments.length - 2];
    }
}
