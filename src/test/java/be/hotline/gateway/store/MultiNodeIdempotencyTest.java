package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.intake.IntakeOutcome;
import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
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
 * Two gateway nodes (two connection pools, two intake services) on one database receive the same
 * partnerReference at the same moment: the unique constraint lets exactly one store it.
 */
class MultiNodeIdempotencyTest {

    private static final int SENDERS = 16;

    static Stream<TestDatabase> databases() {
        return StoreFixtures.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void identicalResendsOnTwoNodesStoreOneReport(TestDatabase database) throws Exception {
        List<IntakeOutcome> outcomes = sendConcurrently(database, i -> StoreFixtures.exampleReport("NODES-1", "BASELINE"));

        assertThat(outcomes).filteredOn(o -> o.kind() == IntakeOutcome.Kind.ACCEPTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.kind() == IntakeOutcome.Kind.ALREADY_ACCEPTED).hasSize(SENDERS - 1);
        assertThat(outcomes).extracting(IntakeOutcome::reference).containsOnly(outcomes.get(0).reference());
        assertThat(database.count("select count(*) from report where partner_reference = 'NODES-1'")).isEqualTo(1);
        assertThat(database.count("select count(*) from report_event")).isEqualTo(3);
        assertThat(database.count("select count(*) from delivery")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void differingContentOnTwoNodesStoresOneAndTheRestConflict(TestDatabase database) throws Exception {
        List<IntakeOutcome> outcomes = sendConcurrently(database,
                i -> StoreFixtures.exampleReport("NODES-2", i % 2 == 0 ? "BASELINE" : "NATIONAL"));

        assertThat(outcomes).filteredOn(o -> o.kind() == IntakeOutcome.Kind.ACCEPTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.kind() == IntakeOutcome.Kind.CONFLICT).hasSize(SENDERS / 2);
        assertThat(database.count("select count(*) from report where partner_reference = 'NODES-2'")).isEqualTo(1);
    }

    private interface ReportForSender {
        ValidatedReport report(int sender);
    }

    private static List<IntakeOutcome> sendConcurrently(TestDatabase database, ReportForSender reports) throws Exception {
        Partner partner = StoreFixtures.partner("nl-hotline");
        try (Database nodeA = StoreFixtures.open(database); Database nodeB = StoreFixtures.open(database)) {
            List<IntakeService> nodes = List.of(intake(nodeA), intake(nodeB));
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IntakeOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                IntakeService node = nodes.get(i % 2);
                ValidatedReport report = reports.report(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return node.accept(partner, report, "JSON");
                }));
            }
            start.countDown();
            List<IntakeOutcome> outcomes = new ArrayList<>();
            for (Future<IntakeOutcome> future : futures) {
                outcomes.add(future.get());
            }
            pool.shutdown();
            return outcomes;
        }
    }

    private static IntakeService intake(Database node) {
        return new IntakeService(new ReportStore(new Transactions(node.dataSource()), TestReporterDataKeys.cipher()), new ReferenceGenerator(),
                StoreFixtures.routing(), StoreFixtures.PARTNERS, StoreFixtures.CLOCK);
    }
}
