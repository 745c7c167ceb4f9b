package be.hotline.gateway.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Plain HTTP calls to the ops port, with or without Basic credentials, cookies and headers. */
public record OpsHttpClient(int port, String user, String password) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OpsHttpClient anonymous() {
        return new OpsHttpClient(port, null, null);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path, Map.of()).GET());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, Map.of());
    }

    public HttpResponse<String> post(String path, String json, Map<String, String> headers) throws Exception {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send(request(path, headers).GET());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (user != null) {
            builder.header("Authorization", basic(user, password));
        }
        headers.forEach(builder::header);
        return builder;
    }

    /** The Authorization header value of HTTP Basic credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
