package be.hotline.gateway.support;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A lean HTTPS receiver (benchmark sink, odd-certificate partner in tests) (the JDK's own server, client certificate required):
 * answers 202 and notes when each report reference arrived, and every request's message id with when it arrived and
 * when it was answered. Can go down and come back on its port, answer after a fixed delay (so senders hold their
 * leases), and count the most requests it had under way at once.
 */
public final class HttpsSink implements AutoCloseable {

    private final SSLContext tls;
    private final int port;
    private final Map<String, Long> arrivedNanos = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile Hold hold;
    private HttpsServer server;
    /** The JDK server keeps serving kept-alive connections after stop(): those get 503 while the sink is down. */
    private volatile boolean down;
    private ExecutorService executor;

    /**
     * A sink started on a free port for "localhost", its server certificate issued into {@code folder} under
     * {@code name} and client certificates required from {@code clientCa}; its CA is {@code ServerTls.caPem(folder, name)}.
     */
    public static HttpsSink startedFor(java.nio.file.Path folder, String name, java.nio.file.Path clientCa) {
        try {
            HttpsSink sink = new HttpsSink(ServerTls.create(folder, name, List.of("localhost"), List.of(), clientCa),
                    FreePort.find());
            sink.start();
            return sink;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpsSink(SSLContext tls, int port) {
        this.tls = tls;
        this.port = port;
    }

    public void start() throws IOException {
        down = false;
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                var ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/", exchange -> {
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            mostAtOnce.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
                Instant arrivedAt = Instant.now();
                String reference = exchange.getRequestHeaders().getFirst("X-Hotline-Reference");
                if (reference != null) {
                    arrivedNanos.putIfAbsent(reference, System.nanoTime());
                }
                headers.add(firstValues(exchange.getRequestHeaders()));
                requests.incrementAndGet();
                Hold current = hold;
                if (current != null) {
                    current.arrived();
                }
                pause(answerDelay);
                arrivals.add(new Arrival(exchange.getRequestHeaders().getFirst("X-Message-Id"), arrivedAt, Instant.now()));
            } finally {
                // Before the answer: the client cannot send its next request on this slot before it has the answer.
                underWay.decrementAndGet();
            }
            byte[] answer = "{\"reference\":\"SINK\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        if (executor == null) {
            executor = Executors.newFixedThreadPool(32);
        }
        server.setExecutor(executor);
        server.start();
    }

    public void stop() {
        down = true;
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answers every request from now on only after {@code delay}: a slow receiver (senders hold their leases). */
    public HttpsSink respondAfter(Duration delay) {
        answerDelay = delay;
        return this;
    }

    /**
     * Keeps the next request unanswered until {@code laterArrivals} more requests have arrived, or {@code atMost} has
     * passed: shows whether a sender goes on sending beside a call it is still waiting for.
     */
    public Hold holdNext(int laterArrivals, Duration atMost) {
        Hold next = new Hold(laterArrivals, atMost);
        hold = next;
        return next;
    }

    /** One request held back by {@link #holdNext}. */
    public static final class Hold {
        private final CountDownLatch laterArrivals;
        private final Duration atMost;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean releasedByArrivals;

        private Hold(int laterArrivals, Duration atMost) {
            this.laterArrivals = new CountDownLatch(laterArrivals);
            this.atMost = atMost;
        }

        /** The first arrival is the held one and waits here; each later one counts towards its release. */
        private void arrived() {
            if (!taken.compareAndSet(false, true)) {
                laterArrivals.countDown();
                return;
            }
            try {
                releasedByArrivals = laterArrivals.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                released.countDown();
            }
        }

        /** Waits until the held request is answered; true when the later arrivals released it, false when the time did. */
        public boolean releasedByArrivals(Duration wait) throws InterruptedException {
            if (!released.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the held request was not even received within " + wait);
            }
            return releasedByArrivals;
        }
    }

    /** The most requests under way at once (received, not yet answered) since the start or {@link #resetMostAtOnce}. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    public void resetMostAtOnce() {
        mostAtOnce.set(underWay.get());
    }

    /** One request served: its X-Message-Id, when it arrived and when its answer was about to be written. */
    public record Arrival(String messageId, Instant arrivedAt, Instant answeredAt) {
    }

    /** Every request served so far, in the order they were answered. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Long arrivedNanos(String reference) {
        return arrivedNanos.get(reference);
    }

    public int distinctArrived() {
        return arrivedNanos.size();
    }

    public int requests() {
        return requests.get();
    }

    /** The headers of each request served, in arrival order: names in lower case (they are case-insensitive), first values. */
    public List<Map<String, String>> headers() {
        return List.copyOf(headers);
    }

    private static Map<String, String> firstValues(Map<String, List<String>> received) {
        Map<String, String> firstValues = new TreeMap<>();
        received.forEach((name, values) -> firstValues.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return firstValues;
    }

    public String url() {
        return "https://localhost:" + port + "/fccu/v1/referrals";
    }

    @Override
    public void close() {
        stop();
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
