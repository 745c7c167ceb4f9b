package be.hotline.gateway.api;

import be.hotline.gateway.logging.LogContext;
import be.hotline.gateway.logging.LoggableFailure;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers any failure in a partner API route with an RFC 9457 problem document. */
public final class ProblemResponder {

    /** Exchange property: the report a request is about, once known, for the log line of its failure. */
    public static final String REFERENCE = "gateway.reference";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);

    public void respond(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiProblem problem = ProblemMapper.toProblem(failure);
        String partner = exchange.getProperty(PartnerAuthenticator.PARTNER_ID, "unauthenticated", String.class);
        try (LogContext context = LogContext.partner(partner).reference(exchange.getProperty(REFERENCE, String.class))) {
            if (problem.status() >= 500) {
                // Messages that could quote the request (and so a reporter) are withheld; class and stack stay.
                LOG.error("partner API request failed: status={}", problem.status(), LoggableFailure.of(failure));
            } else {
                LOG.info("partner API request refused: status={} problem={}", problem.status(), problem.type());
            }
        }
        String instance = exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
        HttpReply.json(exchange, problem.status(), ProblemDocument.MEDIA_TYPE, ProblemDocument.of(problem, instance),
                problem.headers());
    }
}
