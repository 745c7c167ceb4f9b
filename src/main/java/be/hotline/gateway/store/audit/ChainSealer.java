package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.SqlTime;
import be.hotline.gateway.store.Transactions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links committed unsealed entries into the chain, a bounded batch per call, in one transaction under the row lock
 * of audit_head (FOR UPDATE SKIP LOCKED: while one node seals, the others' sealers pass and try again next tick).
 * So several nodes on one database keep one chain, and no business transaction ever waits for the lock. When a
 * checkpoint is due it is signed in the same transaction, so it states a head that really was the head.
 */
public final class ChainSealer {

    private static final Logger LOG = LoggerFactory.getLogger(ChainSealer.class);
    private static final int MAX_BATCHES_PER_TICK = 10;

    private final Transactions transactions;
    private final int batchSize;
    private final Duration checkpointEvery;
    private final UnaryOperator<byte[]> signer;
    private final Clock clock;
    private final AtomicBoolean failing = new AtomicBoolean();

    /** @param signer detached CMS SignedData (DER) over the given bytes: the gateway's signing key */
    public ChainSealer(Transactions transactions, int batchSize, Duration checkpointEvery, UnaryOperator<byte[]> signer,
                       Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("gateway.audit.seal-batch must be at least 1");
        }
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.checkpointEvery = checkpointEvery;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * What the audit-seal timer calls: {@link #seal()} again while full batches come back (a burst of intake is
     * caught up within the tick, up to ten batches), with a failure (the database away) logged once until sealing
     * works again rather than five times a second; the entries wait unsealed meanwhile and nothing is lost.
     */
    public int tick() {
        try {
            int sealed = 0;
            int batch;
            do {
                batch = seal();
                sealed += batch;
            } while (batch == batchSize && sealed < MAX_BATCHES_PER_TICK * batchSize);
            if (failing.getAndSet(false)) {
                LOG.info("audit chain sealing works again");
            }
            return sealed;
        } catch (RuntimeException e) {
            if (!failing.getAndSet(true)) {
                LOG.warn("cannot seal the audit chain (entries wait unsealed, nothing is lost): {}", e.getMessage());
            }
            return 0;
        }
    }

    /** @return how many entries this call sealed (0 when another node holds the head or nothing waits) */
    public int seal() {
        try {
            return transactions.inTransaction(connection -> {
                Head head = lockHead(connection);
                if (head == null) {
                    return 0;
                }
                Head sealed = sealBatch(connection, head);
                if (sealed.position() != head.position()) {
                    saveHead(connection, sealed);
                }
                checkpointIfDue(connection, sealed);
                return (int) (sealed.position() - head.position());
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seal the audit chain: " + e.getMessage(), e);
        }
    }

    /** A checkpoint of the current head now, whatever the interval (ops and tests). */
    public void checkpointNow() {
        try {
            transactions.inTransaction(connection -> {
                Head head = lockHead(connection);
                if (head != null && head.position() > lastCheckpointPosition(connection)) {
                    insertCheckpoint(connection, head);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint the audit chain: " + e.getMessage(), e);
        }
    }

    private record Head(long position, String hash) {
    }

    private static Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, entry_hash from audit_head where id = 1 for update skip locked");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? new Head(rows.getLong(1), ChainLink.trim(rows.getString(2))) : null;
        }
    }

    private Head sealBatch(Connection connection, Head head) throws SQLException {
        long position = head.position();
        String previous = head.hash();
        // Committed entries move from audit_pending into the chain, each inserted once with its position and hashes:
        // no chain row is ever updated (updating in place was the audit chain's main cost to intake: README, Benchmark; V20).
        try (PreparedStatement select = connection.prepareStatement("select id, kind, action, subject, actor, recorded_at,"
                + " content_sha256 from audit_pending order by id limit ?");
             PreparedStatement insert = connection.prepareStatement("insert into audit_entry (kind, action, subject, actor,"
                     + " recorded_at, content_sha256, position, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement delete = connection.prepareStatement("delete from audit_pending where id = ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    position++;
                    ChainLink link = ChainLink.read(rows, 2);
                    String hash = link.hash(position, previous);
                    insert.setString(1, link.kind());
                    insert.setString(2, link.action());
                    insert.setString(3, link.subject());
                    insert.setString(4, link.actor());
                    SqlTime.set(insert, 5, link.recordedAt());
                    insert.setString(6, link.contentSha256());
                    insert.setLong(7, position);
                    insert.setString(8, previous);
                    insert.setString(9, hash);
                    insert.addBatch();
                    delete.setLong(1, rows.getLong(1));
                    delete.addBatch();
                    previous = hash;
                }
            }
            if (position > head.position()) {
                insert.executeBatch();
                delete.executeBatch();
            }
        }
        return new Head(position, previous);
    }

    private static void saveHead(Connection connection, Head head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update audit_head set position = ?, entry_hash = ? where id = 1")) {
            statement.setLong(1, head.position());
            statement.setString(2, head.hash());
            statement.executeUpdate();
        }
    }

    private void checkpointIfDue(Connection connection, Head head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, created_at from audit_checkpoint order by position desc limit 1");
             ResultSet rows = statement.executeQuery()) {
            boolean any = rows.next();
            if (head.position() == 0 || any && rows.getLong(1) >= head.position()) {
                return;
            }
            if (any && SqlTime.get(rows, 2).plus(checkpointEvery).isAfter(clock.instant())) {
                return;
            }
        }
        insertCheckpoint(connection, head);
    }

    private static long lastCheckpointPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select max(position) from audit_checkpoint");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void insertCheckpoint(Connection connection, Head head) throws SQLException {
        // Millisecond precision: what the database keeps is what the signed JSON says.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String content = Checkpoint.json(head.position(), head.hash(), at);
        String signature = Base64.getEncoder().encodeToString(signer.apply(content.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement statement = connection.prepareStatement("insert into audit_checkpoint"
                + " (position, head_hash, created_at, content, signature_base64) values (?, ?, ?, ?, ?)")) {
            statement.setLong(1, head.position());
            statement.setString(2, head.hash());
            SqlTime.set(statement, 3, at);
            statement.setString(4, content);
            statement.setString(5, signature);
            statement.executeUpdate();
        }
    }
}
