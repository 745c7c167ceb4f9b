package be.hotline.gateway.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers any failure in an ops route with an RFC 9457 problem document (no stack traces, no internals). */
public final class OpsProblemResponder {

    private static final Logger LOG = LoggerFactory.getLogger(OpsProblemResponder.class);

    public void respond(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        OpsProblem problem = failure instanceof OpsProblem known ? known
                : new OpsProblem(500, "internal-error", "Internal error", "The ops request failed; see the gateway log.");
        if (problem.status() >= 500) {
            LOG.error("ops request failed: path={}", OpsHttp.request(exchange).path(), failure);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", OpsHttp.request(exchange).path());
        Map<String, String> headers = new LinkedHashMap<>(problem.headers());
        if (problem.status() == 401 && OpsHttp.header(exchange, "Authorization") != null) {
            headers.put("WWW-Authenticate", "Basic realm=\"hotline-gateway-ops\", charset=\"UTF-8\"");
        }
        OpsHttp.reply(exchange, problem.status(), "application/problem+json", OpsHttp.write(body), headers);
    }
}
