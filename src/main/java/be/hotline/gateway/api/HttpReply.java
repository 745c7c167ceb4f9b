package be.hotline.gateway.api;

import be.hotline.gateway.intake.CanonicalJson;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Writes an HTTP answer on the exchange; request headers are dropped so none leak back to the caller. */
final class HttpReply {

    private HttpReply() {
    }

    static void json(Exchange exchange, int status, String contentType, Object body, Map<String, String> headers) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        headers.forEach(message::setHeader);
        message.setBody(CanonicalJson.write(body));
    }
}
