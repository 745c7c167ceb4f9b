package be.hotline.gateway.store;

import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The ops audit trail (table ops_audit): who did what, when, to what, and why. */
public final class OpsAudit {

    /** One audited action. */
    public record Entry(Instant at, String user, String action, String target, String reason) {
    }

    private static final Set<String> SIGN_INS = Set.of("LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED", "LOGOUT");

    private final Transactions transactions;

    public OpsAudit(Transactions transactions) {
        this.transactions = transactions;
    }

    public void record(Entry entry) {
        try {
            transactions.inTransaction(connection -> {
                insert(connection, entry);
                return null;
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    public List<Entry> latest(int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select occurred_at, username, action, target, reason from ops_audit order by id desc limit ?")) {
                statement.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(SqlTime.get(rows, 1), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5)));
                    }
                }
                return entries;
            }
        });
    }

    static void insert(Connection connection, Entry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into ops_audit (occurred_at, username, action, target, reason) values (?, ?, ?, ?, ?)")) {
            SqlTime.set(statement, 1, entry.at());
            statement.setString(2, entry.user());
            statement.setString(3, entry.action());
            statement.setString(4, entry.target());
            statement.setString(5, entry.reason());
            statement.executeUpdate();
        }
        // The reason may quote anything an operator typed: the chain keeps its hash only.
        AuditTrail.append(connection, List.of(AuditEntry.of(SIGN_INS.contains(entry.action()) ? AuditKind.OPS_SIGN_IN
                        : AuditKind.OPS_ACTION, entry.action(), entry.target(), entry.user(), entry.at(),
                String.valueOf(entry.at()), entry.user(), entry.action(), entry.target(), entry.reason())));
    }
}
