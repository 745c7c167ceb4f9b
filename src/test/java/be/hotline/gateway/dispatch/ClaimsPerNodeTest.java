package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A node never claims more deliveries than it has threads to send them (claims beyond that would wait in
 * a queue while their lease runs out, and another node would send them a second time), and it keeps all
 * its threads busy with batches under way side by side.
 */
class ClaimsPerNodeTest extends DeliveryTestSupport {

    private static final int THREADS = 4;
    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.setProperty("gateway.outbox.threads", Integer.toString(THREADS));
        properties.setProperty("gateway.outbox.batch-size", "2");
        properties.setProperty("gateway.outbox.poll-interval-ms", "20");
        // Generous, so a loaded machine never turns the slow answers into timeouts and re-sends.
        properties.setProperty("gateway.outbound.response-timeout-ms", "10000");
        return properties;
    }

    @Test
    void claimsNeverExceedTheSendThreadsWhileAPartnerIsSlow() throws Exception {
        police.respondsSlowly(Duration.ofMillis(700));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            references.add(internalReportHostedIn("BE"));
        }

        long mostLeasedAtOnce = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (delivered(references) < references.size() && System.nanoTime() < deadline) {
            mostLeasedAtOnce = Math.max(mostLeasedAtOnce, database.count("select count(*) from delivery where lease_token is not null"));
            Thread.sleep(10);
        }

        assertThat(delivered(references)).isEqualTo(references.size());
        // Two batches of two under way at once: every thread busy, never a claim more.
        assertThat(mostLeasedAtOnce).isEqualTo(THREADS);
        assertThat(police.receivedCount()).isEqualTo(references.size());
        assertThat(police.distinctMessageIds("X-Message-Id")).hasSize(references.size());
    }

    private long delivered(List<String> references) throws Exception {
        long count = 0;
        for (String reference : references) {
            if ("ACKNOWLEDGED".equals(deliveryColumn(reference, "police-fccu", "status"))) {
                count++;
            }
        }
        return count;
    }
}
