package be.hotline.gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner (foreign hotline or police) the gateway delivers reports to: an HTTPS-only WireMock server
 * on 127.0.0.1 that requires a client certificate from the gateway CA, accepting POSTs on one path.
 * Each behaviour method replaces the previous one. Starts out {@link #succeeds() succeeding}.
 */
public final class PartnerSimulator implements AutoCloseable {

    private static final String SCENARIO = "delivery";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** Where the partner takes news about reports it sent us (relays); always answers 202. */
    private static final String FEEDBACK_PATH = "/feedback";

    private final String name;
    private final String path;
    private final Path serverKeyStore;
    private final Path clientTrustStore;
    private final AtomicInteger referenceCounter = new AtomicInteger();
    // Requests received by earlier incarnations of the server (before a stop/restart), oldest first.
    private final List<ReceivedMessage> receivedBeforeRestart = new ArrayList<>();
    private List<StubMapping> stubsWhileStopped = List.of();
    private WireMockServer server;
    private int port;

    private PartnerSimulator(String name, String path, Path serverKeyStore, Path clientTrustStore) {
        this.name = name;
        this.path = path;
        this.serverKeyStore = serverKeyStore;
        this.clientTrustStore = clientTrustStore;
    }

    /** A genuine partner: its server certificate comes from the partners CA, which the gateway trusts. */
    public static PartnerSimulator start(String name, SimulatorPki pki, String path) {
        return launch(new PartnerSimulator(name, path, pki.issuePartnerServerP12(name), pki.gatewayCaTrustStoreP12()));
    }

    /** An impostor: same name and address, but a server certificate from the rogue CA. */
    public static PartnerSimulator startWithRogueCertificate(String name, SimulatorPki pki, String path) {
        return launch(new PartnerSimulator(name, path, pki.issueRogueServerP12(name), pki.gatewayCaTrustStoreP12()));
    }

    private static PartnerSimulator launch(PartnerSimulator simulator) {
        simulator.server = simulator.newServer(WireMockConfiguration.options().dynamicHttpsPort());
        simulator.server.start();
        simulator.port = simulator.server.httpsPort();
        simulator.succeeds();
        return simulator;
    }

    // --- behaviours --------------------------------------------------------------------------------

    /** 202 with {@code {"reference":"<NAME>-<n>"}} (the name upper-cased, n = 1, 2, ...). */
    public PartnerSimulator succeeds() {
        reprogram();
        server.stubFor(post(urlPathEqualTo(path)).willReturn(accepted()));
        return this;
    }

    /** 202 without a body: delivered, but not acknowledged (the acknowledgement is due later, as feedback). */
    public PartnerSimulator succeedsWithoutReceipt() {
        reprogram();
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(202)));
        return this;
    }

    /** {@code failures} answers with {@code status} (e.g. 500), then 202 for good. */
    public PartnerSimulator failsThenSucceeds(int failures, int status) {
        return failThenSucceed(failures, problem(status, "simulated failure"));
    }

    /** 503 with a Retry-After header (delta-seconds such as "2", or an HTTP-date), every time. */
    public PartnerSimulator unavailableWithRetryAfter(String retryAfter) {
        reprogram();
        server.stubFor(post(urlPathEqualTo(path)).willReturn(unavailable(retryAfter)));
        return this;
    }

    /** 503 with a Retry-After header {@code failures} times, then 202 for good. */
    public PartnerSimulator unavailableWithRetryAfterThenSucceeds(String retryAfter, int failures) {
        return failThenSucceed(failures, unavailable(retryAfter));
    }

    /** 202 as in {@link #succeeds()}, but only after {@code delay}: for the gateway's read timeout. */
    public PartnerSimulator respondsSlowly(Duration delay) {
        reprogram();
        server.stubFor(post(urlPathEqualTo(path)).willReturn(accepted().withFixedDelay(Math.toIntExact(delay.toMillis()))));
        return this;
    }

    /** Always {@code status} (e.g. 400, 422): the partner will never accept this message, so no retry. */
    public PartnerSimulator rejectsPermanently(int status) {
        reprogram();
        server.stubFor(post(urlPathEqualTo(path)).willReturn(problem(status, "simulated permanent rejection")));
        return this;
    }

    /**
     * Reads the request, then resets the connection without answering, {@code drops} times, then 202:
     * the partner may have the message although the gateway saw no answer (at-least-once, duplicates).
     */
    public PartnerSimulator dropsConnectionThenSucceeds(int drops) {
        return failThenSucceed(drops, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** An outage: the port closes (connection refused). What was received stays inspectable. */
    public void stop() {
        if (server == null) {
            return;
        }
        receivedBeforeRestart.addAll(journal());
        stubsWhileStopped = server.getStubMappings();
        server.stop();
        server = null;
    }

    /**
     * Recovery on the same port with the same behaviour. Scenario progress is not kept: a
     * "fails n times then succeeds" behaviour starts counting failures again.
     */
    public void restart() {
        if (server != null) {
            return;
        }
        server = newServer(WireMockConfiguration.options().httpsPort(port));
        server.start();
        stubsWhileStopped.forEach(server::addStubMapping);
    }

    @Override
    public void close() {
        stop();
    }

    // --- inspection --------------------------------------------------------------------------------

    /** Every request received, oldest first, matched or not, including those before a restart. */
    public List<ReceivedMessage> received() {
        List<ReceivedMessage> all = new ArrayList<>(receivedBeforeRestart);
        if (server != null) {
            all.addAll(journal());
        }
        return Collections.unmodifiableList(all);
    }

    public int receivedCount() {
        return received().size();
    }

    /** The distinct values of a message-id header across all received requests (absent ones skipped). */
    public Set<String> distinctMessageIds(String header) {
        Set<String> ids = new LinkedHashSet<>();
        received().forEach(message -> message.header(header).ifPresent(ids::add));
        return ids;
    }

    /** Requests received on the feedback path: the relays, oldest first. */
    public List<ReceivedMessage> relays() {
        return received().stream().filter(message -> message.path().startsWith(FEEDBACK_PATH)).toList();
    }

    /** Where the gateway should send news about reports this partner sent: {@code https://localhost:PORT/feedback}. */
    public String feedbackUrl() {
        return "https://localhost:" + port + FEEDBACK_PATH;
    }

    /** Where the gateway should deliver: {@code https://localhost:PORT/path}. */
    public String url() {
        return "https://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    // --- internals ---------------------------------------------------------------------------------

    private WireMockServer newServer(WireMockConfiguration ports) {
        String password = SimulatorPki.PASSWORD;
        return new WireMockServer(ports
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .keystorePath(serverKeyStore.toString())
                .keystoreType("PKCS12")
                .keystorePassword(password)
                // WireMock's default key password is "password", not the store's: set it explicitly.
                .keyManagerPassword(password)
                .trustStorePath(clientTrustStore.toString())
                .trustStoreType("PKCS12")
                .trustStorePassword(password)
                .needClientAuth(true)
                .jettyStopTimeout(0L)
                .notifier(new ConsoleNotifier(false))
                .extensions(new PartnerReferenceTransformer(name.toUpperCase(Locale.ROOT), referenceCounter),
                        new ClientCertificateCapture()));
    }

    private PartnerSimulator failThenSucceed(int failures, ResponseDefinitionBuilder failure) {
        reprogram();
        for (int i = 0; i < failures; i++) {
            server.stubFor(post(urlPathEqualTo(path)).inScenario(SCENARIO)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo(i == failures - 1 ? "recovered" : "failed-" + (i + 1))
                    .willReturn(failure));
        }
        server.stubFor(post(urlPathEqualTo(path)).inScenario(SCENARIO)
                .whenScenarioStateIs(failures == 0 ? Scenario.STARTED : "recovered")
                .willReturn(accepted()));
        return this;
    }

    /** Behaviours replace each other; the request journal is kept. Relays are always accepted. */
    private void reprogram() {
        if (server == null) {
            throw new IllegalStateException(name + " is stopped; restart() it before changing its behaviour");
        }
        server.resetMappings();
        server.resetScenarios();
        server.stubFor(post(urlPathEqualTo(FEEDBACK_PATH)).willReturn(aResponse().withStatus(202)));
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withTransformers(PartnerReferenceTransformer.NAME);
    }

    private static ResponseDefinitionBuilder unavailable(String retryAfter) {
        return problem(503, "simulated outage").withHeader("Retry-After", retryAfter);
    }

    private static ResponseDefinitionBuilder problem(int status, String title) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON)
                .withBody("{\"title\":\"" + title + "\",\"status\":" + status + "}");
    }

    private List<ReceivedMessage> journal() {
        List<ServeEvent> newestFirst = server.getAllServeEvents();
        List<ReceivedMessage> oldestFirst = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            oldestFirst.add(toMessage(newestFirst.get(i)));
        }
        return oldestFirst;
    }

    private static ReceivedMessage toMessage(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        Optional<String> subject = event.getSubEvents().stream()
                .filter(sub -> ClientCertificateCapture.SUB_EVENT_TYPE.equals(sub.getType()))
                .map(sub -> String.valueOf(sub.getData().get(ClientCertificateCapture.SUBJECT)))
                .findFirst();
        return new ReceivedMessage(request.getMethod().getName(), request.getUrl(), headers, request.getBody(),
                subject, request.getLoggedDate().toInstant());
    }
}
