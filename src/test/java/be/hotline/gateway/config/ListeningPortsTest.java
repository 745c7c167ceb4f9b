package be.hotline.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * What the real gateway's two ports tell about themselves: no Server header naming the software (and so its
 * version) on either, and the start-up log names the address each one is really bound to.
 */
class ListeningPortsTest extends GatewayTestSupport {

    /** Attached before the gateway starts (this class is initialised first), so the start-up lines are caught. */
    private static final List<String> BOUND_ADDRESS_LINES = capture(BoundAddressesLog.class);

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Test
    void noAnswerOfTheOpsPortCarriesAServerHeader() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/ops/health/live", "/ops/api/overview", "/no-such-path")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isIn(200, 401, 404);
            assertThat(answer.headers().map()).as(path + " answered " + answer.statusCode()).doesNotContainKey("server");
        }
    }

    @Test
    void noAnswerOfThePartnerPortCarriesAServerHeader() throws Exception {
        for (String path : List.of("/api/v1/reports/GW-NONE", "/no-such-path")) {
            HttpResponse<String> answer = demoPartner("nl-hotline").get(path);
            assertThat(answer.statusCode()).as(path).isIn(403, 404);
            assertThat(answer.headers().map()).as(path + " answered " + answer.statusCode()).doesNotContainKey("server");
        }
    }

    @Test
    void theStartUpLogNamesTheAddressesReallyBound() {
        assertThat(BOUND_ADDRESS_LINES).containsExactly(
                "partner API listening on https://127.0.0.1:" + partnerPort,
                "ops port listening on http://127.0.0.1:" + opsPort);
    }

    private static List<String> capture(Class<?> logger) {
        List<String> lines = new CopyOnWriteArrayList<>();
        AbstractAppender appender = new AbstractAppender("captured-" + logger.getSimpleName(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(event.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        ((Logger) LogManager.getLogger(logger)).addAppender(appender);
        return lines;
    }
}
