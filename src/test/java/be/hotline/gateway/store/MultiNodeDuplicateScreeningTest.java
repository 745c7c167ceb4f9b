package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dedupe.DuplicateCheck;
import be.hotline.gateway.intake.IntakeOutcome;
import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two gateway nodes on one database, sixteen hotline reports of the same two URLs at the same moment: the key locks
 * screen them one after the other, so the police get the items once and every other report is linked.
 */
class MultiNodeDuplicateScreeningTest {

    private static final int SENDERS = 16;

    static Stream<TestDatabase> databases() {
        return StoreFixtures.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void simultaneousReportsOfTheSameItemsOnTwoNodesReachThePoliceOnce(TestDatabase database) throws Exception {
        List<Partner> senders = List.of(StoreFixtures.partner("nl-hotline"), StoreFixtures.partner("de-hotline"));
        List<IntakeOutcome> outcomes = new ArrayList<>();
        try (Database nodeA = StoreFixtures.open(database); Database nodeB = StoreFixtures.open(database)) {
            List<IntakeService> nodes = List.of(intake(nodeA), intake(nodeB));
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IntakeOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                IntakeService node = nodes.get(i % 2);
                Partner sender = senders.get((i / 2) % 2);
                var report = StoreFixtures.exampleReport("SAME-" + i, "BASELINE");
                futures.add(pool.submit(() -> {
                    start.await();
                    return node.accept(sender, report, "JSON");
                }));
            }
            start.countDown();
            for (Future<IntakeOutcome> future : futures) {
                outcomes.add(future.get());
            }
            pool.shutdown();
        }

        assertThat(outcomes).allMatch(outcome -> outcome.kind() == IntakeOutcome.Kind.ACCEPTED);
        assertThat(outcomes).filteredOn(outcome -> outcome.knownItems().isEmpty()).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome.knownItems().size() == 2).hasSize(SENDERS - 1);
        assertThat(database.count("select count(*) from delivery")).isEqualTo(1);
        assertThat(database.count("select count(*) from content_link")).isEqualTo(2L * (SENDERS - 1));
        assertThat(database.count("select count(*) from report_event where event_type = 'DUPLICATE_LINKED'"))
                .isEqualTo(4L * (SENDERS - 1));
    }

    private static IntakeService intake(Database node) {
        return new IntakeService(new ReportStore(new Transactions(node.dataSource()), TestReporterDataKeys.cipher()), new ReferenceGenerator(),
                StoreFixtures.routing(), StoreFixtures.PARTNERS, StoreFixtures.CLOCK, new DuplicateCheck(Duration.ofDays(30)));
    }
}
