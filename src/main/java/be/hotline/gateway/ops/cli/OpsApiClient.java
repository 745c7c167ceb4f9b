package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The CLI's way into a running gateway: the ops API over HTTP with Basic credentials from the environment
 * (GATEWAY_OPS_USER, GATEWAY_OPS_PASSWORD; GATEWAY_OPS_URL, default http://127.0.0.1:8081).
 */
final class OpsApiClient {

    static final String DEFAULT_URL = "http://127.0.0.1:8081";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A failure the user can act on; its message says how. */
    static final class CliFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CliFailure(String message) {
            super(message);
        }
    }

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpsApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
    }

    static OpsApiClient fromEnvironment(Map<String, String> env) throws CliFailure {
        String user = env.get("GATEWAY_OPS_USER");
        String password = env.get("GATEWAY_OPS_PASSWORD");
        if (user == null || user.isBlank() || password == null) {
            throw new CliFailure("set GATEWAY_OPS_USER and GATEWAY_OPS_PASSWORD to an ops user's credentials");
        }
        String url = env.getOrDefault("GATEWAY_OPS_URL", DEFAULT_URL);
        return new OpsApiClient(url.isBlank() ? DEFAULT_URL : url, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode get(String path) throws CliFailure {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, Map<String, String> body) throws CliFailure {
        try {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new CliFailure("cannot write the request: " + e.getMessage());
        }
    }

    private URI uri(String path) throws CliFailure {
        try {
            return URI.create(baseUrl + path);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("GATEWAY_OPS_URL is not a URL: " + baseUrl);
        }
    }

    private JsonNode send(HttpRequest.Builder request) throws CliFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new CliFailure("cannot connect to the ops API at " + baseUrl
                    + " (connection refused): is the gateway running? Set GATEWAY_OPS_URL if it listens elsewhere.");
        } catch (IOException e) {
            throw new CliFailure("cannot reach the ops API at " + baseUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted");
        }
        if (response.statusCode() == 401) {
            throw new CliFailure("the ops API refused the credentials (401): check GATEWAY_OPS_USER and GATEWAY_OPS_PASSWORD");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 300) {
            String detail = body != null && body.has("detail") ? body.get("detail").asText() : response.body();
            throw new CliFailure("the ops API answered " + response.statusCode() + ": " + detail);
        }
        return body;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
