package be.hotline.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerSimulatorTest {

    private static final String PATH = "/api/v1/reports";
    private static final String REPORT = "{\"partnerReference\":\"BE-1\"}";

    @TempDir
    static Path pkiFolder;
    private static SimulatorPki pki;
    private PartnerSimulator partner;

    @BeforeAll
    static void createPki() {
        pki = SimulatorPki.create(pkiFolder);
    }

    @BeforeEach
    void startPartner() {
        partner = PartnerSimulator.start("nl-hotline", pki, PATH);
    }

    @AfterEach
    void stopPartner() {
        partner.close();
    }

    private static GatewayLikeClient gateway() {
        return GatewayLikeClient.of(pki.gatewayClientP12(), pki.partnersCaPem());
    }

    @Test
    void succeedsWith202AndAReferenceAndRecordsTheMessage() throws Exception {
        HttpResponse<String> first = gateway().post(partner.url(), "m-1", REPORT);
        HttpResponse<String> second = gateway().post(partner.url(), "m-2", REPORT);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).isEqualTo("{\"reference\":\"NL-HOTLINE-1\"}");
        assertThat(second.body()).isEqualTo("{\"reference\":\"NL-HOTLINE-2\"}");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");

        assertThat(partner.receivedCount()).isEqualTo(2);
        ReceivedMessage message = partner.received().get(0);
        assertThat(message.method()).isEqualTo("POST");
        assertThat(message.path()).isEqualTo(PATH);
        assertThat(message.header("x-message-id")).hasValue("m-1");
        assertThat(message.header("Content-Type")).hasValue("application/json");
        assertThat(message.bodyAsString()).isEqualTo(REPORT);
        assertThat(message.clientCertificateSubject()).hasValue(SimulatorPki.GATEWAY_CLIENT_DN);
        assertThat(partner.url()).isEqualTo("https://localhost:" + partner.port() + PATH);
    }

    @Test
    void failsThenSucceedsInSequence() throws Exception {
        partner.failsThenSucceeds(2, 500);

        List<Integer> statuses = List.of(
                gateway().post(partner.url(), "m-1", REPORT).statusCode(),
                gateway().post(partner.url(), "m-1", REPORT).statusCode(),
                gateway().post(partner.url(), "m-1", REPORT).statusCode(),
                gateway().post(partner.url(), "m-1", REPORT).statusCode());

        assertThat(statuses).containsExactly(500, 500, 202, 202);
        assertThat(partner.receivedCount()).isEqualTo(4);
        assertThat(partner.distinctMessageIds("X-Message-Id")).containsExactly("m-1");
    }

    @Test
    void unavailableAnswers503WithRetryAfter() throws Exception {
        partner.unavailableWithRetryAfter("7");
        HttpResponse<String> seconds = gateway().post(partner.url(), "m-1", REPORT);
        assertThat(seconds.statusCode()).isEqualTo(503);
        assertThat(seconds.headers().firstValue("Retry-After")).hasValue("7");

        partner.unavailableWithRetryAfterThenSucceeds("Wed, 21 Oct 2037 07:28:00 GMT", 1);
        HttpResponse<String> date = gateway().post(partner.url(), "m-1", REPORT);
        assertThat(date.statusCode()).isEqualTo(503);
        assertThat(date.headers().firstValue("Retry-After")).hasValue("Wed, 21 Oct 2037 07:28:00 GMT");
        assertThat(gateway().post(partner.url(), "m-1", REPORT).statusCode()).isEqualTo(202);
    }

    @Test
    void respondsSlowly() throws Exception {
        Duration delay = Duration.ofMillis(400);
        partner.respondsSlowly(delay);

        long start = System.nanoTime();
        HttpResponse<String> response = gateway().post(partner.url(), "m-1", REPORT);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void rejectsPermanently() throws Exception {
        partner.rejectsPermanently(422);

        assertThat(gateway().post(partner.url(), "m-1", REPORT).statusCode()).isEqualTo(422);
        assertThat(gateway().post(partner.url(), "m-1", REPORT).statusCode()).isEqualTo(422);
    }

    @Test
    void dropsTheConnectionAfterReadingTheMessageThenSucceeds() throws Exception {
        partner.dropsConnectionThenSucceeds(1);

        assertThatThrownBy(() -> gateway().post(partner.url(), "m-1", REPORT)).isInstanceOf(IOException.class);
        assertThat(gateway().post(partner.url(), "m-1", REPORT).statusCode()).isEqualTo(202);
        assertThat(partner.receivedCount()).isEqualTo(2);
    }

    @Test
    void refusesAGatewayWithoutClientCertificate() {
        GatewayLikeClient anonymous = GatewayLikeClient.of(null, pki.partnersCaPem());

        assertThatThrownBy(() -> anonymous.post(partner.url(), "m-1", REPORT)).isInstanceOf(IOException.class);
        assertThat(partner.receivedCount()).isZero();
    }

    @Test
    void refusesAClientCertificateFromAnotherCa() {
        GatewayLikeClient stranger = GatewayLikeClient.of(pki.strangerClientP12(), pki.partnersCaPem());

        assertThatThrownBy(() -> stranger.post(partner.url(), "m-1", REPORT)).isInstanceOf(IOException.class);
        assertThat(partner.receivedCount()).isZero();
    }

    @Test
    void theRogueServerIsNotTrustedByAClientTrustingOnlyThePartnersCa() {
        try (PartnerSimulator impostor = PartnerSimulator.startWithRogueCertificate("nl-hotline", pki, PATH)) {
            assertThatThrownBy(() -> gateway().post(impostor.url(), "m-1", REPORT))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(impostor.receivedCount()).isZero();
        }
    }

    @Test
    void refusesConnectionsWhileStoppedAndWorksAgainAfterRestartOnTheSamePort() throws Exception {
        int port = partner.port();
        gateway().post(partner.url(), "m-1", REPORT);

        partner.stop();
        assertThatThrownBy(() -> gateway().post(partner.url(), "m-2", REPORT)).isInstanceOf(ConnectException.class);

        partner.restart();
        HttpResponse<String> afterRestart = gateway().post(partner.url(), "m-2", REPORT);

        assertThat(partner.port()).isEqualTo(port);
        assertThat(afterRestart.statusCode()).isEqualTo(202);
        assertThat(afterRestart.body()).isEqualTo("{\"reference\":\"NL-HOTLINE-2\"}");
        assertThat(partner.distinctMessageIds("X-Message-Id")).containsExactly("m-1", "m-2");
    }

    @Test
    void connectionRefusedEndpointRefuses() {
        String url = ConnectionRefusedEndpoint.url();

        assertThat(url).startsWith("https://127.0.0.1:").endsWith(PATH);
        assertThatThrownBy(() -> gateway().post(url, "m-1", REPORT)).isInstanceOf(ConnectException.class);
    }
}
