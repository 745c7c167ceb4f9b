package be.hotline.gateway.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the ops port, for checking the console alone: serves the console's files from the
 * classpath under the strict Content-Security-Policy the real backend sets, and answers the ops API
 * (the contract's shapes) with canned data full of markup, to prove the console shows it as text.
 * It records every POST so tests see what the console sent. Not a model of the gateway's behaviour.
 */
final class FakeOpsBackend implements AutoCloseable {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String PASSWORD = "right-password";
    static final String CSRF = "csrf-token-1";
    static final String HOSTILE = "<img src=x onerror=\"window.__pwned=1\">";

    record Call(String method, String path, String csrf, String body) {
    }

    final List<Call> posts = new CopyOnWriteArrayList<>();
    final List<String> deliveryQueries = new CopyOnWriteArrayList<>();
    volatile boolean itHealthy = true;
    private final HttpServer server;

    FakeOpsBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/ops/", this::handle);
        server.start();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            switch (path) {
                case "/ops/" -> resource(exchange, "index.html", "text/html; charset=utf-8");
                case "/ops/console.js" -> resource(exchange, "console.js", "text/javascript; charset=utf-8");
                case "/ops/console.css" -> resource(exchange, "console.css", "text/css; charset=utf-8");
                case "/ops/login" -> login(exchange, body);
                default -> api(exchange, method, path, uri.getRawQuery(), body);
            }
        }
    }

    private void login(HttpExchange exchange, String body) throws IOException {
        if (body.contains("\"username\":\"ops\"") && body.contains("\"password\":\"" + PASSWORD + "\"")) {
            exchange.getResponseHeaders().add("Set-Cookie", "ops_session=s1; HttpOnly; SameSite=Strict; Path=/ops");
            send(exchange, 200, "application/json", "{\"csrfToken\":\"" + CSRF + "\"}");
        } else {
            problem(exchange, 401, "unauthorized", "Wrong credentials");
        }
    }

    private void api(HttpExchange exchange, String method, String path, String query, String body) throws IOException {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null || !cookie.contains("ops_session=s1")) {
            problem(exchange, 401, "unauthorized", "Sign in");
            return;
        }
        if ("POST".equals(method)) {
            String csrf = exchange.getRequestHeaders().getFirst("X-Ops-CSRF");
            posts.add(new Call(method, path, csrf, body));
            if (!CSRF.equals(csrf)) {
                problem(exchange, 403, "csrf", "Missing or wrong X-Ops-CSRF");
            } else if (path.equals("/ops/logout")) {
                exchange.getResponseHeaders().add("Set-Cookie", "ops_session=; Max-Age=0; Path=/ops");
                exchange.sendResponseHeaders(204, -1);
            } else if (path.endsWith("/retry")) {
                send(exchange, 200, "application/json", "{\"id\":\"d-dead-1\",\"status\":\"PENDING\"}");
            } else if (path.endsWith("/cancel")) {
                send(exchange, 200, "application/json", "{\"id\":\"d-dead-1\",\"status\":\"CANCELLED\"}");
            } else {
                problem(exchange, 404, "not-found", "No such action");
            }
            return;
        }
        switch (path) {
            case "/ops/api/overview" -> send(exchange, 200, "application/json", overview());
            case "/ops/api/deliveries" -> {
                String q = query == null ? "" : query;
                deliveryQueries.add(q);
                if (q.contains("status=DEAD")) {
                    send(exchange, 200, "application/json", "{\"items\":[" + delivery("d-dead-1", "HX-DEAD-1", "DEAD") + "]}");
                } else if (q.contains("cursor=page2")) {
                    send(exchange, 200, "application/json", "{\"items\":[" + delivery("d-3", "HX-PAGE-2", "DELIVERED") + "]}");
                } else {
                    send(exchange, 200, "application/json", "{\"items\":[" + delivery("d-1", "HX-PAGE-1A", "PENDING") + ","
                            + delivery("d-2", "HX-PAGE-1B", "ACKNOWLEDGED") + "],\"next\":\"page2\"}");
                }
            }
            case "/ops/api/reports" -> send(exchange, 200, "application/json", query != null && query.contains("NOPE")
                    ? "{\"items\":[]}" : report());
            default -> problem(exchange, 404, "not-found", "No such path");
        }
    }

    private String overview() {
        return """
                {"generatedAt":"2026-11-25T20:00:00Z",
                 "routes":[{"id":"partner-api","status":"Started"},{"id":"outbox-poller","status":"Started"}],
                 "partners":[
                   {"id":"police-fccu","name":"DEMO FCCU","kind":"POLICE","healthy":true,"circuit":"CLOSED",
                    "lastDeliveredAt":"2026-11-25T19:59:00Z","consecutiveFailures":0,"pending":0,"dead":0,
                    "oldestPendingAgeSeconds":null,"ackOverdue":0},
                   {"id":"it-hotline","name":"%s","kind":"HOTLINE","healthy":%s,"circuit":"%s",
                    "lastDeliveredAt":null,"consecutiveFailures":%d,"pending":2,"dead":1,
                    "oldestPendingAgeSeconds":3725,"ackOverdue":1}],
                 "outbox":{"due":2,"inFlight":0,"dead":1},
                 "certificates":[
                   {"owner":"gateway","subject":"CN=gateway.demo","notAfter":"2027-11-25T00:00:00Z","daysLeft":365,"level":"OK"},
                   {"owner":"nl-hotline","subject":"CN=nl-hotline.demo","notAfter":"2026-12-10T00:00:00Z","daysLeft":15,"level":"WARNING"},
                   {"owner":"de-hotline","subject":"CN=de-hotline.demo","notAfter":"2026-11-27T00:00:00Z","daysLeft":2,"level":"CRITICAL"}]}
                """.formatted(json(HOSTILE), itHealthy, itHealthy ? "CLOSED" : "OPEN", itHealthy ? 0 : 7);
    }

    private static String delivery(String id, String reference, String status) {
        return """
                {"id":"%s","reference":"%s","partner":"it-hotline","purpose":"REPORT","status":"%s","attempts":3,
                 "lastError":"%s","lastStatusCode":422,"lastAttemptAt":"2026-11-25T19:58:00Z",
                 "dueAt":"2026-11-25T19:58:00Z","createdAt":"2026-11-25T19:50:00Z"}
                """.formatted(id, reference, status, json("HTTP 422 " + HOSTILE));
    }

    private static String report() {
        return """
                {"items":[{"reference":"HX-DEAD-1","partner":"case-management","partnerReference":"CM-1","status":"ROUTED",
                  "receivedAt":"2026-11-25T19:50:00Z","deliveries":[%s],
                  "events":[{"at":"2026-11-25T19:50:00Z","type":"RECEIVED","actor":"case-management","detail":"%s"},
                            {"at":"2026-11-25T19:58:00Z","type":"DELIVERY_DEAD","actor":"gateway","detail":"HTTP 422"}]}]}
                """.formatted(delivery("d-dead-1", "HX-DEAD-1", "DEAD"), json(HOSTILE));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void resource(HttpExchange exchange, String name, String type) throws IOException {
        try (InputStream in = FakeOpsBackend.class.getClassLoader().getResourceAsStream("ops-console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("ops-console/" + name + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void problem(HttpExchange exchange, int status, String slug, String title) throws IOException {
        send(exchange, status, "application/problem+json", "{\"type\":\"urn:hotline-gateway:problem:" + slug
                + "\",\"title\":\"" + title + "\",\"status\":" + status + "}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
