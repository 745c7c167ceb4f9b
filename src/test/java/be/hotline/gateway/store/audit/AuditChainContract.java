package be.hotline.gateway.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.signing.CmsSigner;
import be.hotline.gateway.signing.CmsVerifier;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.tls.OwnKeyUse;
import be.hotline.gateway.tls.ReloadingKeyManager;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain at store level, on the real database: appended entries sealed into one chain; a row changed,
 * deleted or reordered directly in the database is named by verify; a chain rewritten from the changed row on is
 * still caught by its signed checkpoint; checkpoints verify with openssl; two nodes' sealers keep one chain.
 */
abstract class AuditChainContract {

    private static final Path DEMO_ROOT = Path.of("certs-example/ca/demo-root-ca.crt");

    protected abstract TestDatabase database();

    private final CmsSigner signer = new CmsSigner(new ReloadingKeyManager("signing certificate", OwnKeyUse.SIGNING,
            Path.of("certs-example/gateway/gateway-signing.p12"), "demo-only".toCharArray(), Clock.systemUTC()));
    private final List<HikariDataSource> pools = new ArrayList<>();
    private Transactions transactions;
    private AuditTrail trail;
    private ChainSealer sealer;
    private ChainVerifier verifier;

    @TempDir
    Path folder;

    @BeforeEach
    void migrate() {
        transactions = node();
        Flyway.configure().dataSource(pools.get(0)).locations("classpath:db/migration").load().migrate();
        trail = new AuditTrail(transactions);
        sealer = sealer(transactions);
        CmsVerifier signatures = CmsVerifier.trusting(DEMO_ROOT);
        verifier = new ChainVerifier(transactions, checkpoint -> signatures.verifies(checkpoint.contentBytes(),
                checkpoint.signatureDer()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    /** A connection pool of its own, as a second gateway node would have. */
    private Transactions node() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database().jdbcUrl());
        pool.setUsername(database().user());
        pool.setMaximumPoolSize(4);
        pools.add(pool);
        return new Transactions(pool);
    }

    private ChainSealer sealer(Transactions node) {
        return new ChainSealer(node, 7, Duration.ofDays(1), signer::sign, Clock.systemUTC());
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            trail.record(AuditEntry.of(AuditKind.REPORT_EVENT, "RECEIVED", "HX-00000000000000000000", "case-management",
                    Instant.parse("2026-12-03T10:00:00Z").plusSeconds(i), "event " + i, "https://example.test/" + i));
        }
    }

    private void sealAll() {
        while (sealer.seal() > 0) {
            // bounded batches: again until nothing is left
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database().connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    @Test
    void appendedEntriesAreSealedIntoOneIntactChainHoldingHashesNotValues() throws Exception {
        append(20);
        assertThat(verifier.unsealed().count()).isEqualTo(20);
        assertThat(sealer.seal()).as("one bounded batch").isEqualTo(7);
        assertThat(sealer.tick()).as("full batches again within one tick").isEqualTo(13);

        ChainState state = verifier.verify();
        assertThat(state.intact()).as(String.valueOf(state.problem())).isTrue();
        assertThat(state.headPosition()).isEqualTo(20);
        assertThat(state.unsealed()).isZero();
        assertThat(database().count("select count(*) from audit_entry where subject like '%example.test%'"
                + " or actor like '%example.test%' or action like '%example.test%'")).as("no value, only its hash").isZero();
    }

    @Test
    void aTickWithTheDatabaseAwaySealsNothingAndThrowsNothing() {
        Transactions away = node();
        pools.get(pools.size() - 1).close();
        assertThat(sealer(away).tick()).isZero();
    }

    @Test
    void aRowChangedInTheDatabaseIsNamed() throws Exception {
        append(5);
        sealAll();
        sql("update audit_entry set actor = 'mallory' where position = 3");

        ChainState state = verifier.verify();
        assertThat(state.intact()).isFalse();
        assertThat(state.firstBrokenPosition()).isEqualTo(3);
        assertThat(state.problem()).contains("entry 3 was changed");
    }

    @Test
    void aChangedContentHashIsNamed() throws Exception {
        append(5);
        sealAll();
        sql("update audit_entry set content_sha256 = '" + AuditDigest.of("forged") + "' where position = 4");

        ChainState state = verifier.verify();
        assertThat(state.firstBrokenPosition()).isEqualTo(4);
        assertThat(state.problem()).contains("was changed");
    }

    @Test
    void aRowDeletedInTheDatabaseIsNamed() throws Exception {
        append(5);
        sealAll();
        sql("delete from audit_entry where position = 2");

        ChainState state = verifier.verify();
        assertThat(state.intact()).isFalse();
        assertThat(state.firstBrokenPosition()).isEqualTo(2);
        assertThat(state.problem()).contains("entry 2 is missing");
    }

    @Test
    void theLastRowDeletedIsNamedThroughTheHead() throws Exception {
        append(5);
        sealAll();
        sql("delete from audit_entry where position = 5");

        ChainState state = verifier.verify();
        assertThat(state.firstBrokenPosition()).isEqualTo(5);
        assertThat(state.problem()).contains("entry 5 is missing");
    }

    @Test
    void rowsReorderedInTheDatabaseAreNamed() throws Exception {
        append(5);
        sealAll();
        sql("update audit_entry set position = -2 where position = 2");
        sql("update audit_entry set position = 2 where position = 4");
        sql("update audit_entry set position = 4 where position = -2");

        ChainState state = verifier.verify();
        assertThat(state.intact()).isFalse();
        assertThat(state.firstBrokenPosition()).isEqualTo(2);
        assertThat(state.problem()).contains("entry 2 does not link to entry 1");
    }

    @Test
    void aChainRewrittenFromAChangedRowOnIsCaughtByItsSignedCheckpoint() throws Exception {
        append(4);
        sealAll();
        sealer.checkpointNow();
        append(2);
        sealAll();
        rewriteFrom(2, "mallory");

        ChainState state = verifier.verify();
        assertThat(state.intact()).isFalse();
        assertThat(state.firstBrokenPosition()).isEqualTo(4);
        assertThat(state.problem()).contains("signed checkpoint at 4 does not match");
    }

    @Test
    void aChainRewrittenWithItsCheckpointsIsCaughtByTheSignature() throws Exception {
        append(4);
        sealAll();
        sealer.checkpointNow();
        rewriteFrom(2, "mallory");
        String forgedHead;
        try (Connection connection = database().connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select entry_hash, (select created_at from audit_checkpoint) from audit_entry"
                     + " where position = 4")) {
            rows.next();
            forgedHead = rows.getString(1).trim();
            Instant at = rows.getObject(2, java.time.OffsetDateTime.class).toInstant();
            sql.executeUpdate("update audit_checkpoint set head_hash = '" + forgedHead + "', content = '"
                    + Checkpoint.json(4, forgedHead, at) + "' where position = 4");
        }

        ChainState state = verifier.verify();
        assertThat(state.intact()).isFalse();
        assertThat(state.firstBrokenPosition()).isEqualTo(4);
        assertThat(state.problem()).contains("does not carry a valid signature");
    }

    /** What a forger with database access would do: change a row, recompute every hash after it and the head. */
    private void rewriteFrom(long position, String actor) throws SQLException {
        try (Connection connection = database().connect()) {
            try (PreparedStatement change = connection.prepareStatement("update audit_entry set actor = ? where position = ?")) {
                change.setString(1, actor);
                change.setLong(2, position);
                change.executeUpdate();
            }
            String previous;
            try (PreparedStatement before = connection.prepareStatement("select entry_hash from audit_entry where position = ?")) {
                before.setLong(1, position - 1);
                try (ResultSet rows = before.executeQuery()) {
                    rows.next();
                    previous = rows.getString(1).trim();
                }
            }
            try (PreparedStatement rows = connection.prepareStatement("select position, kind, action, subject, actor, recorded_at,"
                    + " content_sha256 from audit_entry where position >= ? order by position");
                 PreparedStatement update = connection.prepareStatement(
                         "update audit_entry set previous_hash = ?, entry_hash = ? where position = ?");
                 PreparedStatement head = connection.prepareStatement("update audit_head set entry_hash = ? where id = 1")) {
                rows.setLong(1, position);
                try (ResultSet entries = rows.executeQuery()) {
                    while (entries.next()) {
                        String hash = ChainLink.read(entries, 2).hash(entries.getLong(1), previous);
                        update.setString(1, previous);
                        update.setString(2, hash);
                        update.setLong(3, entries.getLong(1));
                        update.executeUpdate();
                        previous = hash;
                    }
                }
                head.setString(1, previous);
                head.executeUpdate();
            }
        }
    }

    @Test
    void aSignedCheckpointVerifiesWithOpensslAndOnlyOverItsExactBytes() throws Exception {
        append(3);
        sealAll();
        sealer.checkpointNow();

        List<Checkpoint> checkpoints = new Checkpoints(transactions).after(0, 10);
        assertThat(checkpoints).hasSize(1);
        Checkpoint checkpoint = checkpoints.get(0);
        assertThat(checkpoint.position()).isEqualTo(3);
        assertThat(checkpoint.content()).isEqualTo(Checkpoint.json(3, verifier.verify().intact() ? checkpoint.headHash() : "",
                checkpoint.createdAt()));
        Path json = Files.write(folder.resolve("checkpoint-3.json"), checkpoint.contentBytes());
        Path signature = Files.write(folder.resolve("checkpoint-3.json.p7s"), Base64.getDecoder().decode(checkpoint.signatureBase64()));
        Path forged = Files.writeString(folder.resolve("forged.json"), checkpoint.content().replace("\"position\":3",
                "\"position\":2"), StandardCharsets.UTF_8);

        assertThat(opensslVerify(json, signature)).as("the exported checkpoint").isZero();
        assertThat(opensslVerify(forged, signature)).as("another position").isNotZero();
        assertThat(verifier.verify().checkpoints()).isEqualTo(1);
    }

    static int opensslVerify(Path content, Path signature) throws Exception {
        Process openssl = new ProcessBuilder(List.of("openssl", "cms", "-verify", "-inform", "DER", "-binary",
                "-content", content.toString(), "-in", signature.toString(), "-CAfile", DEMO_ROOT.toString(), "-out", "/dev/null"))
                .redirectErrorStream(true).redirectOutput(content.resolveSibling("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return openssl.exitValue();
    }

    @Test
    void twoNodesAppendingAndSealingAtOnceKeepOneConsistentChain() throws Exception {
        Transactions otherNode = node();
        AuditTrail otherTrail = new AuditTrail(otherNode);
        List<ChainSealer> sealers = List.of(sealer, sealer(otherNode));
        AtomicBoolean appending = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (AuditTrail node : List.of(trail, otherTrail, trail, otherTrail)) {
            work.add(threads.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    node.record(AuditEntry.of(AuditKind.REPORT_READ, "PARTNER_STATUS_READ", "HX-" + i, "nl-hotline",
                            Instant.now(), Integer.toString(i)));
                }
                return null;
            }));
        }
        for (ChainSealer each : sealers) {
            threads.submit(() -> {
                while (appending.get()) {
                    each.seal();
                }
                return null;
            });
        }
        for (Future<?> appended : work) {
            appended.get(60, TimeUnit.SECONDS);
        }
        appending.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        sealAll();

        ChainState state = verifier.verify();
        assertThat(state.intact()).as(String.valueOf(state.problem())).isTrue();
        assertThat(state.headPosition()).isEqualTo(400);
        assertThat(database().count("select count(distinct position) from audit_entry")).isEqualTo(400);
    }
}
