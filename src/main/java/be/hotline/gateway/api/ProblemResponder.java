package be.hotline.gateway.api;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers any failure in a partner API route with an RFC 9457 problem document. */
public final class ProblemResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);

    public void respond(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiProblem problem = ProblemMapper.toProblem(failure);
        String partner = exchange.getProperty(PartnerAuthenticator.PARTNER_ID, "unauthenticated", String.class);
        if (problem.status() >= 500) {
            LOG.error("partner API request failed: status={} partner={}", problem.status(), partner, failure);
        } else {
            LOG.info("partner API request refused: status={} partner={} problem={}", problem.status(), partner, problem.type());
        }
        String instance = exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
        HttpReply.json(exchange, problem.status(), ProblemDocument.MEDIA_TYPE, ProblemDocument.of(problem, instance),
                problem.headers());
    }
}
