package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Certificates cut off by ops (table blocked_certificate); each change is audited in the same transaction. */
public final class BlockedCertificateStore {

    /** A certificate, by its SHA-256 fingerprint (64 upper-case hex digits), refused until unblocked. */
    public record Block(String sha256, String reason, String blockedBy, Instant blockedAt) {
    }

    private final Transactions transactions;

    public BlockedCertificateStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Blocks the certificate (again: the newer reason wins). */
    public void block(Block block) {
        run(connection -> {
            delete(connection, block.sha256());
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into blocked_certificate (sha256, reason, blocked_by, blocked_at) values (?, ?, ?, ?)")) {
                statement.setString(1, block.sha256());
                statement.setString(2, block.reason());
                statement.setString(3, block.blockedBy());
                SqlTime.set(statement, 4, block.blockedAt());
                statement.executeUpdate();
            }
            OpsAudit.insert(connection, new OpsAudit.Entry(block.blockedAt(), block.blockedBy(), "CERTIFICATE_BLOCKED",
                    block.sha256(), block.reason()));
            return true;
        });
    }

    /** @return false when the certificate was not blocked (nothing changes, nothing is audited) */
    public boolean unblock(String sha256, String user, String reason, Instant at) {
        return run(connection -> {
            if (delete(connection, sha256) == 0) {
                return false;
            }
            OpsAudit.insert(connection, new OpsAudit.Entry(at, user, "CERTIFICATE_UNBLOCKED", sha256, reason));
            return true;
        });
    }

    public List<Block> all() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select sha256, reason, blocked_by, blocked_at from blocked_certificate order by blocked_at");
                 ResultSet rows = statement.executeQuery()) {
                List<Block> blocks = new ArrayList<>();
                while (rows.next()) {
                    blocks.add(new Block(rows.getString(1), rows.getString(2), rows.getString(3), SqlTime.get(rows, 4)));
                }
                return blocks;
            }
        });
    }

    private static int delete(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("delete from blocked_certificate where sha256 = ?")) {
            statement.setString(1, sha256);
            return statement.executeUpdate();
        }
    }

    private boolean run(Transactions.Work<Boolean> work) {
        try {
            return transactions.inTransaction(work);
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }
}
