package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.SqlTime;
import be.hotline.gateway.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Walks the sealed entries by position and recomputes each hash from the row's own fields and the previous hash:
 * positions contiguous from 1 (a deleted row is missing), each previous_hash the hash before it (a reordered row
 * no longer links), each entry_hash what its fields give (a changed row no longer matches), the chain ending where
 * audit_head says, and every signed checkpoint still matching the entry at its position with a valid signature (so a
 * chain rewritten with its checkpoints is caught: the forger lacks the signing key). Stops at the first fault.
 */
public final class ChainVerifier {

    private static final int FETCH = 1000;

    private final Transactions transactions;
    private final Predicate<Checkpoint> signedByUs;
    private final Clock clock;

    /** @param signedByUs whether a checkpoint's signature is valid and made with a certificate of a trusted CA */
    public ChainVerifier(Transactions transactions, Predicate<Checkpoint> signedByUs, Clock clock) {
        this.transactions = transactions;
        this.signedByUs = signedByUs;
        this.clock = clock;
    }

    public ChainState verify() {
        try {
            // One transaction with autocommit off: PostgreSQL then streams the walk FETCH rows at a time.
            return transactions.inTransaction(this::verify);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot verify the audit chain: " + e.getMessage(), e);
        }
    }

    /** The unsealed entries' count and oldest time: cheap (the position index), for gauges and readiness. */
    public ChainState.Unsealed unsealed() {
        return transactions.read(ChainVerifier::unsealed);
    }

    private ChainState verify(Connection connection) throws SQLException {
        long head;
        String headHash;
        try (PreparedStatement statement = connection.prepareStatement("select position, entry_hash from audit_head where id = 1");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            head = rows.getLong(1);
            headHash = ChainLink.trim(rows.getString(2));
        }
        ChainState.Unsealed unsealed = unsealed(connection);
        List<Checkpoint> checkpoints = new CheckpointRows(connection).all();
        Walk walk = new Walk(head, checkpoints.iterator(), signedByUs);
        String problem = walk.run(connection);
        if (problem == null && walk.position != head) {
            problem = "entry " + (walk.position + 1) + " is missing: the chain ends at " + walk.position
                    + " but its head says " + head;
            walk.position++;
        } else if (problem == null && !walk.previous.equals(headHash)) {
            problem = "entry " + head + " does not match the head's hash";
        } else if (problem == null && walk.pending != null) {
            problem = "the signed checkpoint at " + walk.pending.position() + " is beyond the chain's end (" + head + ")";
            walk.position = head + 1;
        }
        return problem == null ? ChainState.intact(head, unsealed, walk.checked, clock.instant())
                : ChainState.broken(head, unsealed, walk.position, problem, walk.checked, clock.instant());
    }

    private static ChainState.Unsealed unsealed(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*), min(recorded_at), (select position from audit_head where id = 1) from audit_pending");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return new ChainState.Unsealed(rows.getLong(1), SqlTime.get(rows, 2), rows.getLong(3));
        }
    }

    /** One pass over the sealed entries; {@code position} ends at the last good one, or at the broken one. */
    private static final class Walk {
        private final long head;
        private final Iterator<Checkpoint> checkpoints;
        private final Predicate<Checkpoint> signedByUs;
        private Checkpoint pending;
        long position;
        String previous = ChainLink.GENESIS;
        int checked;

        Walk(long head, Iterator<Checkpoint> checkpoints, Predicate<Checkpoint> signedByUs) {
            this.head = head;
            this.checkpoints = checkpoints;
            this.signedByUs = signedByUs;
            this.pending = checkpoints.hasNext() ? checkpoints.next() : null;
        }

        String run(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("select position, previous_hash, entry_hash, kind,"
                    + " action, subject, actor, recorded_at, content_sha256 from audit_entry"
                    + " where position is not null and position <= ? order by position")) {
                statement.setLong(1, head);
                statement.setFetchSize(FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String problem = check(rows);
                        if (problem != null) {
                            return problem;
                        }
                    }
                }
            }
            return null;
        }

        private String check(ResultSet rows) throws SQLException {
            long expected = position + 1;
            long found = rows.getLong(1);
            position = expected;
            if (found != expected) {
                return "entry " + expected + " is missing (the next entry found is " + found + ")";
            }
            if (!previous.equals(ChainLink.trim(rows.getString(2)))) {
                return "entry " + expected + " does not link to entry " + (expected - 1) + " (previous hash differs)";
            }
            String hash = ChainLink.read(rows, 4).hash(expected, previous);
            if (!hash.equals(ChainLink.trim(rows.getString(3)))) {
                return "entry " + expected + " was changed: its fields no longer give its hash";
            }
            previous = hash;
            return checkpoint(expected, hash);
        }

        private String checkpoint(long at, String hash) {
            while (pending != null && pending.position() == at) {
                if (!pending.consistent() || !pending.headHash().equals(hash)) {
                    return "the signed checkpoint at " + at + " does not match entry " + at;
                }
                if (!signedByUs.test(pending)) {
                    return "the checkpoint at " + at + " does not carry a valid signature of the gateway's signing key";
                }
                checked++;
                pending = checkpoints.hasNext() ? checkpoints.next() : null;
            }
            return null;
        }
    }
}
