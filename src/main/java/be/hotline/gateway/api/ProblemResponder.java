package be.hotline.gateway.api;

import be.hotline.gateway.report.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        HttpReply.json(exchange, problem.status(), "application/problem+json", body(problem, exchange), problem.headers());
    }

    private static Map<String, Object> body(ApiProblem problem, Exchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        String path = exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
        if (path != null) {
            body.put("instance", path);
        }
        if (!problem.errors().isEmpty()) {
            body.put("errors", errors(problem.errors()));
        }
        return body;
    }

    private static List<Map<String, String>> errors(List<FieldError> errors) {
        return errors.stream().map(e -> Map.of("pointer", e.pointer(), "detail", e.message())).toList();
    }
}
