package be.hotline.gateway.api;

import be.hotline.gateway.intake.CanonicalJson;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.http.common.HttpMessage;

/** Writes an HTTP answer on the exchange; request headers are dropped so none leak back to the caller. */
final class HttpReply {

    private HttpReply() {
    }

    static void json(Exchange exchange, int status, String contentType, Object body, Map<String, String> headers) {
        text(exchange, status, contentType, CanonicalJson.write(body), headers);
    }

    /** An answer whose body is already written (CSV, JSON). */
    static void text(Exchange exchange, int status, String contentType, String body, Map<String, String> headers) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        headers.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Connection")) {
                closeConnection(exchange);
            } else {
                message.setHeader(name, value);
            }
        });
        message.setBody(body);
    }

    /**
     * Camel's header filter drops a Connection header, so it goes to the servlet response itself: after this
     * answer the connection ends, and the rest of a body that was not read is never read.
     */
    private static void closeConnection(Exchange exchange) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        if (http != null) {
            http.getResponse().setHeader("Connection", "close");
        }
    }
}
