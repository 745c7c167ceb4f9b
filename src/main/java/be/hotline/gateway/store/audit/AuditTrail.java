package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.SqlTime;
import be.hotline.gateway.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends unsealed entries to the audit chain: in the caller's transaction where there is one (so an event and its
 * entry commit together), or on their own (a read). One insert into {@code audit_pending}, no lock: the
 * {@link ChainSealer} moves them into the chain later.
 */
public final class AuditTrail {

    private static final String INSERT = "insert into audit_pending (kind, action, subject, actor, recorded_at, content_sha256)"
            + " values (?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    public AuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One entry in a transaction of its own. */
    public void record(AuditEntry entry) {
        try {
            transactions.inTransaction(connection -> {
                append(connection, List.of(entry));
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record an audit entry: " + e.getMessage(), e);
        }
    }

    /** Entries in the caller's transaction, one batch. */
    public static void append(Connection connection, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                statement.setString(1, entry.kind().name());
                statement.setString(2, entry.action());
                statement.setString(3, entry.subject());
                statement.setString(4, entry.actor());
                SqlTime.set(statement, 5, entry.recordedAt());
                statement.setString(6, entry.contentSha256());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
