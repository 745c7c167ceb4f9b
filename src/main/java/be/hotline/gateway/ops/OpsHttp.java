package be.hotline.gateway.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * Reading an ops request and writing its answer. Headers and query parameters are read from the Vert.x
 * request itself, never from Camel headers, where a query parameter could pose as a header. (Cache-Control:
 * no-store is set on every answer of the port by {@link NoStoreOnEveryAnswer}.)
 */
public final class OpsHttp {

    static final String REQUEST = "opsRequest";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private OpsHttp() {
    }

    static HttpServerRequest request(Exchange exchange) {
        HttpServerRequest request = exchange.getProperty(REQUEST, HttpServerRequest.class);
        if (request == null) {
            request = exchange.getIn(HttpMessage.class).getRequest();
            exchange.setProperty(REQUEST, request);
        }
        return request;
    }

    static String header(Exchange exchange, String name) {
        return request(exchange).getHeader(name);
    }

    static String query(Exchange exchange, String name) {
        String value = request(exchange).getParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The path segment {@code fromEnd} places before the last (0: the last). */
    static String pathSegment(Exchange exchange, int fromEnd) {
        String[] segments = request(exchange).path().split("/");
        return segments[segments.length - 1 - fromEnd];
    }

    static JsonNode jsonBody(Exchange exchange) {
        String body = exchange.getIn().getBody(String.class);
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                throw OpsProblem.badRequest("The body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw OpsProblem.badRequest("The body is not JSON.");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    public static void json(Exchange exchange, int status, Object body) {
        reply(exchange, status, "application/json", write(body), Map.of());
    }

    static void reply(Exchange exchange, int status, String contentType, Object body, Map<String, String> headers) {
        Message message = exchange.getMessage();
        // Request headers (Authorization, Cookie) must never be echoed back.
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        if (contentType != null) {
            message.setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        message.setHeader("X-Content-Type-Options", "nosniff");
        headers.forEach(message::setHeader);
        message.setBody(body);
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
