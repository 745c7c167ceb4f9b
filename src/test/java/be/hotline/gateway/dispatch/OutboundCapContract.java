package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.ops.OpsHttpClient;
import be.hotline.gateway.ops.OpsUsersForTests;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.ServerTls;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fair to small partners, on the real gateway and two slow HTTPS receivers (client certificates required, each
 * answer after a fixed delay): the NL hotline, capped at {@code outbound.maxConcurrent: 2}, never has more than two
 * of our requests under way at once, while the police, with the default cap, get theirs side by side and are not
 * held up behind NL's backlog; a registry reload raises NL's cap at once.
 */
abstract class OutboundCapContract extends GatewayTestSupport {

    private static final Duration SLOW = Duration.ofMillis(1000);
    private static final Duration SOON = Duration.ofSeconds(60);
    private static final String DISPATCH = "delivery-dispatch";

    private final ObjectMapper json = new ObjectMapper();
    private final Path folder = createFolder();
    private final HttpsSink police = startSink("police-server");
    private final HttpsSink nl = startSink("nl-server");
    private final Path registry = folder.resolve("partners.yaml");

    @Override
    protected Properties extraProperties() {
        writeRegistry(2);
        Properties properties = new Properties();
        properties.putAll(OpsUsersForTests.properties());
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", DEMO_CERTS.resolve("gateway/gateway.p12").toString());
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        // Generous, so a loaded machine never turns the slow answers into timeouts and re-sends.
        properties.setProperty("gateway.outbound.response-timeout-ms", "15000");
        return properties;
    }

    @AfterAll
    void stopSinks() {
        police.close();
        nl.close();
    }

    @Test
    void aCappedPartnerNeverGetsMoreThanItsCapWhileTheOthersAreNotHeldUp() throws Exception {
        capNlAt(2);
        police.respondAfter(SLOW);
        nl.respondAfter(SLOW);
        int nlBefore = nl.requests();
        int policeBefore = police.requests();
        backlogOf(() -> {
            for (int i = 0; i < 10; i++) {
                post("NL");
                post("BE");
            }
        });

        awaitInFlightGauge("nl-hotline", "2.0");
        await(police::requests, policeBefore + 10);
        // NL's ten take five rounds of two; the police's ten were all there long before.
        assertThat(nl.requests() - nlBefore).as("NL requests when the police had all of theirs").isLessThan(10);
        await(nl::requests, nlBefore + 10);
        awaitQuiet();

        assertThat(nl.mostAtOnce()).as("NL requests under way at once").isEqualTo(2);
        assertThat(police.mostAtOnce()).as("police requests under way at once").isGreaterThan(2);
        assertThat(nl.requests()).as("each NL delivery sent once").isEqualTo(nlBefore + 10);
        assertThat(police.requests()).as("each police delivery sent once").isEqualTo(policeBefore + 10);
    }

    @Test
    void aReloadedRegistryAppliesANewCapAtOnce() throws Exception {
        capNlAt(2);
        capNlAt(3);
        nl.respondAfter(SLOW);
        int before = nl.requests();
        nl.resetMostAtOnce();

        backlogOf(() -> {
            for (int i = 0; i < 9; i++) {
                post("NL");
            }
        });
        await(nl::requests, before + 9);
        awaitQuiet();

        assertThat(nl.mostAtOnce()).as("NL requests under way at once after the reload").isEqualTo(3);
        assertThat(nl.requests()).isEqualTo(before + 9);
    }

    @Test
    void aPartnersRoomComesBackWithEachAnswerNotWithItsWholeBatch() throws Exception {
        capNlAt(2);
        nl.respondAfter(Duration.ZERO);
        int before = nl.requests();
        nl.resetMostAtOnce();
        // Shorter than the response timeout, so a gateway that waited for it would not re-send either.
        HttpsSink.Hold firstCall = nl.holdNext(8, Duration.ofSeconds(10));

        backlogOf(() -> {
            for (int i = 0; i < 9; i++) {
                post("NL");
            }
        });

        assertThat(firstCall.releasedByArrivals(SOON))
                .as("the other eight went out, one by one, while the first call of their batch was unanswered").isTrue();
        await(nl::requests, before + 9);
        awaitQuiet();
        assertThat(nl.mostAtOnce()).as("NL requests under way at once").isEqualTo(2);
        assertThat(nl.requests()).as("each NL delivery sent once").isEqualTo(before + 9);
    }

    private interface Posting {
        void run() throws Exception;
    }

    /** Posts with the dispatcher stopped, so the whole backlog is due at once when it starts again. */
    private void backlogOf(Posting posting) throws Exception {
        context().getRouteController().stopRoute(DISPATCH);
        try {
            posting.run();
        } finally {
            context().getRouteController().startRoute(DISPATCH);
        }
    }

    /** Rewrites the registry with the cap and reloads it as {@code ./gateway partners reload} does. */
    private void capNlAt(int cap) throws Exception {
        writeRegistry(cap);
        HttpResponse<String> reload = ops().post("/ops/api/partners/reload", "{}");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(reload.body()).as("a cap needs no restart").contains("reloaded").doesNotContain("next restart");
    }

    /** Our case management reports content hosted in the country: NL goes to the NL hotline, BE to the police. */
    private void post(String country) throws Exception {
        String report = Files.readString(Path.of("docs/api/examples/report-internal.json"))
                .replace("CM-2026-11-0193", "CM-" + UUID.randomUUID())
                .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + country + "\"");
        HttpResponse<String> response = demoPartner("case-management").post("/api/v1/reports", "application/json",
                report.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private void writeRegistry(int nlCap) {
        DeliveryTestSupport.write(registry, new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", caPem("police-server"), "", TestRegistry.ONLY_POLICE_SERVICE)
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(),
                        "INHOPE_XML", caPem("nl-server"), ", maxConcurrent: " + nlCap)
                .yaml());
    }

    /** Waits until the ops metrics show the partner's in-flight gauge at the value. */
    private void awaitInFlightGauge(String partner, String value) throws Exception {
        String line = "hotline_outbound_in_flight{partner=\"" + partner + "\"} " + value;
        long deadline = System.nanoTime() + SOON.toNanos();
        String metrics = "";
        while (System.nanoTime() < deadline) {
            metrics = ops().get("/ops/metrics").body();
            if (metrics.contains(line)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + line + "' in the metrics: " + metrics.lines()
                .filter(l -> l.startsWith("hotline_outbound_in_flight")).toList());
    }

    private static void await(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }

    /** The last answers go out a delay after the last arrival; a re-send would come after them. */
    private static void awaitQuiet() throws InterruptedException {
        Thread.sleep(SLOW.toMillis() + 500);
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    private String caPem(String name) {
        return ServerTls.caPem(folder, name).toAbsolutePath().toString();
    }

    private HttpsSink startSink(String name) {
        return HttpsSink.startedFor(folder, name, DEMO_ROOT_CA);
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("gateway-outbound-cap");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
