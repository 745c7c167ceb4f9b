package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Counts over the outbox for ops: the whole outbox, and per partner. Counted in SQL, nothing loaded. */
public final class OutboxFigures {

    /** The outbox now: due (waiting, not leased), in flight (leased), dead. */
    public record Totals(int due, int inFlight, int dead) {
    }

    /** One partner's deliveries (relays included: they are messages the partner must get too). */
    public record PartnerCounts(int pending, int dead, Instant oldestPendingCreatedAt, int ackOverdue, Instant lastDeliveredAt,
                                Instant lastAttemptAt) {
        static final PartnerCounts NONE = new PartnerCounts(0, 0, null, 0, null, null);

        /** A recorded attempt started after the last success ended: the partner's latest attempt failed. */
        public boolean lastAttemptFailed() {
            return lastAttemptAt != null && (lastDeliveredAt == null || lastAttemptAt.isAfter(lastDeliveredAt));
        }
    }

    private final Transactions transactions;

    public OutboxFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    public Totals totals(Instant now) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select"
                            + " sum(case when status = 'PENDING' and due_at <= ? and (lease_until is null or lease_until <= ?) then 1 else 0 end),"
                            + " sum(case when status = 'PENDING' and lease_until > ? then 1 else 0 end),"
                            + " sum(case when status = 'DEAD' then 1 else 0 end)"
                            + " from delivery where status in ('PENDING', 'DEAD')")) {
                SqlTime.set(statement, 1, now);
                SqlTime.set(statement, 2, now);
                SqlTime.set(statement, 3, now);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Totals(rows.getInt(1), rows.getInt(2), rows.getInt(3));
                }
            }
        });
    }

    public Map<String, PartnerCounts> perPartner() {
        return transactions.read(OutboxFigures::perPartner);
    }

    private static Map<String, PartnerCounts> perPartner(Connection connection) throws SQLException {
        Map<String, PartnerCounts> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select partner_id,"
                        + " sum(case when status = 'PENDING' then 1 else 0 end),"
                        + " sum(case when status = 'DEAD' then 1 else 0 end),"
                        + " min(case when status = 'PENDING' then created_at end),"
                        + " sum(case when status = 'DELIVERED' and ack_overdue then 1 else 0 end),"
                        + " max(delivered_at), max(last_attempt_at)"
                        + " from delivery group by partner_id")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new PartnerCounts(rows.getInt(2), rows.getInt(3), SqlTime.get(rows, 4),
                            rows.getInt(5), SqlTime.get(rows, 6), SqlTime.get(rows, 7)));
                }
            }
        }
        return counts;
    }

    public static PartnerCounts none() {
        return PartnerCounts.NONE;
    }

    /** Readiness: the claim query runs (locks nothing it keeps: the transaction ends at once). */
    public void probeClaim(Instant now) {
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select id from delivery where status = 'PENDING' and due_at <= ? order by due_at limit 1"
                                + " for update skip locked")) {
                    SqlTime.set(statement, 1, now);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next();
                    }
                }
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** Readiness: the database answers. */
    public void probeDatabase() {
        transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select 1");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }
}
