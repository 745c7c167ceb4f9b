package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Claims with FOR UPDATE SKIP LOCKED and a lease: never the same delivery on two nodes at once. */
class OutboxClaimTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    static Stream<TestDatabase> databases() {
        return StoreFixtures.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nodesClaimingAtTheSameTimeNeverGetTheSameDelivery(TestDatabase database) throws Exception {
        try (Database nodeA = StoreFixtures.open(database); Database nodeB = StoreFixtures.open(database)) {
            storeReports(nodeA, 60);
            List<OutboxStore> nodes = List.of(outbox(nodeA), outbox(nodeB), outbox(nodeA), outbox(nodeB));
            ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
            List<Future<List<ClaimedDelivery>>> claims = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                OutboxStore node = nodes.get(i);
                String name = "node-" + i;
                Callable<List<ClaimedDelivery>> claim = () -> node.claimDue(Instant.now(), 25, LEASE, name, ClaimScope.everyone());
                claims.add(pool.submit(claim));
            }
            Set<Long> seen = new HashSet<>();
            int total = 0;
            for (Future<List<ClaimedDelivery>> claim : claims) {
                for (ClaimedDelivery delivery : claim.get()) {
                    assertThat(seen.add(delivery.id())).as("delivery %s claimed twice", delivery.id()).isTrue();
                    total++;
                }
            }
            pool.shutdown();
            // Under contention SKIP LOCKED may hand a node fewer rows than it asked for; nothing may be stuck though.
            for (ClaimedDelivery delivery : outbox(nodeB).claimDue(Instant.now(), 100, LEASE, "late", ClaimScope.everyone())) {
                assertThat(seen.add(delivery.id())).as("delivery %s claimed twice", delivery.id()).isTrue();
                total++;
            }
            assertThat(total).isEqualTo(60);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeadNodesClaimIsReleasedWhenItsLeaseEnds(TestDatabase database) throws Exception {
        try (Database node = StoreFixtures.open(database)) {
            storeReports(node, 1);
            OutboxStore outbox = outbox(node);
            Instant now = Instant.now();
            assertThat(outbox.claimDue(now, 10, LEASE, "dies", ClaimScope.everyone())).hasSize(1);

            assertThat(outbox.claimDue(now.plus(LEASE).minusSeconds(1), 10, LEASE, "other", ClaimScope.everyone())).isEmpty();
            assertThat(outbox.claimDue(now.plus(LEASE).plusSeconds(1), 10, LEASE, "other", ClaimScope.everyone())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLateFailureFromALostLeaseNeverUndoesTheOtherNodesSuccess(TestDatabase database) throws Exception {
        try (Database node = StoreFixtures.open(database)) {
            storeReports(node, 1);
            OutboxStore outbox = outbox(node);
            Instant now = Instant.now();
            ClaimedDelivery slowNode = outbox.claimDue(now, 10, LEASE, "slow", ClaimScope.everyone()).get(0);
            ClaimedDelivery otherNode = outbox.claimDue(now.plus(LEASE).plusSeconds(1), 10, LEASE, "other", ClaimScope.everyone()).get(0);

            assertThat(outbox.recordAttempt(AttemptRecord.unacknowledged(otherNode, AttemptResult.status(now, Duration.ofMillis(5), 202,
                    null, "{}"), DeliveryStatus.DELIVERED, now, null, List.of()))).isTrue();
            assertThat(outbox.recordAttempt(AttemptRecord.unacknowledged(slowNode, AttemptResult.transportFailure(now,
                    Duration.ofSeconds(40), "timeout"), DeliveryStatus.PENDING, now.plusSeconds(10), "timeout", List.of()))).isFalse();

            assertThat(database.count("select count(*) from delivery where status = 'DELIVERED'")).isEqualTo(1);
            assertThat(database.count("select count(*) from delivery_attempt")).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClaimForSomePartnersFindsTheirDeliveriesBehindAnotherPartnersBacklog(TestDatabase database) throws Exception {
        try (Database node = StoreFixtures.open(database)) {
            storeReports(node, 30);
            // The three newest go to DE instead, due after every police delivery.
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("update delivery set partner_id = 'de-hotline', due_at = due_at + interval '1' minute"
                        + " where id in (select id from delivery order by id desc limit 3)");
            }
            OutboxStore outbox = outbox(node);
            Instant later = Instant.now().plus(Duration.ofMinutes(5));

            List<ClaimedDelivery> forDe = outbox.claimDue(later, 10, LEASE, "node", ClaimScope.only(Set.of("de-hotline")));
            assertThat(forDe).extracting(ClaimedDelivery::partnerId).containsExactly("de-hotline", "de-hotline", "de-hotline");

            List<ClaimedDelivery> forBoth = outbox.claimDue(later, 5, LEASE, "node", ClaimScope.only(Set.of("de-hotline", "police-fccu")));
            assertThat(forBoth).extracting(ClaimedDelivery::partnerId).containsOnly("police-fccu").hasSize(5);
            assertThat(outbox.claimDue(later, 100, LEASE, "node", ClaimScope.everyone())).hasSize(30 - 3 - 5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClaimTakesOfEachPartnerAtMostItsRoomTheLongestDueFirst(TestDatabase database) throws Exception {
        try (Database node = StoreFixtures.open(database)) {
            storeReports(node, 30);
            // The ten newest go to DE, due after every police delivery.
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("update delivery set partner_id = 'de-hotline', due_at = due_at + interval '1' minute"
                        + " where id in (select id from delivery order by id desc limit 10)");
            }
            // The police's newest deliveries are the longest due: the claim must follow due_at, not the order of ids.
            List<Long> police = byDueThenId(database, "police-fccu", 20);
            Instant base = Instant.now().minus(Duration.ofHours(1));
            try (var connection = database.connect(); var statement = connection.prepareStatement(
                    "update delivery set due_at = ? where id = ?")) {
                for (int i = 0; i < police.size(); i++) {
                    SqlTime.set(statement, 1, base.minusSeconds(i));
                    statement.setLong(2, police.get(i));
                    statement.executeUpdate();
                }
            }
            OutboxStore outbox = outbox(node);
            Instant later = Instant.now().plus(Duration.ofMinutes(5));
            ClaimScope policeCappedAtTwo = ClaimScope.within(Set.of("police-fccu", "de-hotline"), Set.of(),
                    partner -> partner.equals("police-fccu") ? 2 : 32, 32).orElseThrow();

            List<ClaimedDelivery> claimed = outbox.claimDue(later, 32, LEASE, "node", policeCappedAtTwo);

            assertThat(claimed).filteredOn(delivery -> delivery.partnerId().equals("police-fccu")).hasSize(2)
                    .extracting(ClaimedDelivery::id).containsExactly(police.get(19), police.get(18));
            assertThat(claimed).filteredOn(delivery -> delivery.partnerId().equals("de-hotline")).hasSize(10);
        }
    }

    private static List<Long> byDueThenId(TestDatabase database, String partner, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (var connection = database.connect(); var statement = connection.prepareStatement(
                "select id from delivery where partner_id = ? order by due_at, id")) {
            statement.setString(1, partner);
            try (var rows = statement.executeQuery()) {
                while (rows.next() && ids.size() < count) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void storeReports(Database database, int count) {
        IntakeService intake = new IntakeService(new ReportStore(new Transactions(database.dataSource()), TestReporterDataKeys.cipher()),
                new ReferenceGenerator(), StoreFixtures.routing(), StoreFixtures.PARTNERS, StoreFixtures.CLOCK);
        for (int i = 0; i < count; i++) {
            intake.accept(StoreFixtures.partner("nl-hotline"), StoreFixtures.exampleReport("CLAIM-" + i, "BASELINE"), "JSON");
        }
    }

    private static OutboxStore outbox(Database database) {
        return new OutboxStore(new Transactions(database.dataSource()));
    }
}
