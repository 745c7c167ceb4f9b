package be.hotline.gateway.store;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.random.ThreadRandom;
import be.hotline.gateway.report.ReportEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery outbox. Nodes claim due deliveries with FOR UPDATE SKIP LOCKED and a lease, so two
 * nodes never send the same delivery at once, and a node that dies releases its claim when the
 * lease ends (its deliveries simply become due again).
 */
public final class OutboxStore {

    /** A due delivery no node holds: its lease, if any, has ended. Parameters: now, now. */
    private static final String DUE = "status = 'PENDING' and due_at <= ? and (lease_until is null or lease_until <= ?)";

    private final Transactions transactions;

    public OutboxStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Claims up to {@code limit} due deliveries of the partners in scope (of each, at most its room in the scope),
     * the longest due first.
     */
    public List<ClaimedDelivery> claimDue(Instant now, int limit, Duration lease, String node, ClaimScope scope) {
        String token = ThreadRandom.uuid();
        try {
            return transactions.inTransaction(connection -> {
                OutboxPlans.apply(connection);
                List<Long> ids = scope.isEveryone() ? lockDue(connection, now, limit)
                        : lockDueOf(connection, scope, now, limit);
                if (ids.isEmpty()) {
                    return List.<ClaimedDelivery>of();
                }
                Instant until = now.plus(lease);
                lease(connection, ids, until, token, node);
                return load(connection, ids, token, until);
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /**
     * Writes attempts and their deliveries' new states, many in one transaction. A success is written
     * whatever the lease: it is the truth. A failure only while this node still holds the lease, so a
     * late failure never undoes another node's success or re-schedules a delivery twice. Events are
     * appended only for deliveries whose state changed.
     *
     * @return how many deliveries changed state
     */
    public int recordAttempts(List<AttemptRecord> attempts) {
        if (attempts.isEmpty()) {
            return 0;
        }
        try {
            return transactions.inTransaction(connection -> {
                OutboxPlans.apply(connection);
                AttemptRows.insert(connection, attempts);
                List<AttemptRecord> changed = DeliveryUpdates.apply(connection, attempts);
                EventRows.append(connection, changed.stream().flatMap(attempt -> attempt.events().stream()
                        .map(event -> new EventRows.Entry(attempt.delivery().reference(), event))).toList());
                ReportStatusRows.refresh(connection, changed.stream().filter(attempt -> attempt.delivery().feedbackId() == null)
                        .map(attempt -> attempt.delivery().reference()).distinct().toList(), now(attempts), "gateway");
                return changed.size();
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** One attempt; see {@link #recordAttempts}. @return true when the delivery's state changed */
    public boolean recordAttempt(AttemptRecord attempt) {
        return recordAttempts(List.of(attempt)) == 1;
    }

    private static Instant now(List<AttemptRecord> attempts) {
        return attempts.stream().map(attempt -> attempt.result().startedAt().plus(attempt.result().latency()))
                .max(Instant::compareTo).orElseThrow();
    }

    /**
     * Flags DELIVERED deliveries past their acknowledgement deadline as overdue, with an ACK_OVERDUE event on
     * their report. An acknowledgement clears the flag (FeedbackStore, or a receipt in a late 2xx).
     *
     * @return how many were flagged
     */
    public int flagOverdueAcknowledgements(Instant now) {
        try {
            return transactions.inTransaction(connection -> {
                List<EventRows.Entry> events = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "select id, reference, partner_id, ack_due_at from delivery where status = 'DELIVERED'"
                                + " and ack_overdue = false and ack_due_at <= ? for update skip locked")) {
                    SqlTime.set(statement, 1, now);
                    try (ResultSet rows = statement.executeQuery();
                         PreparedStatement flag = connection.prepareStatement("update delivery set ack_overdue = true where id = ?")) {
                        while (rows.next()) {
                            flag.setLong(1, rows.getLong(1));
                            flag.addBatch();
                            events.add(new EventRows.Entry(rows.getString(2), new ReportEvent(now, "gateway",
                                    ReportEventType.ACK_OVERDUE.name(), rows.getString(3) + " has not acknowledged it; due "
                                    + SqlTime.get(rows, 4))));
                        }
                        if (!events.isEmpty()) {
                            flag.executeBatch();
                        }
                    }
                }
                EventRows.append(connection, events);
                return events.size();
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** Gives a claimed delivery back without an attempt (e.g. its partner's circuit opened meanwhile). */
    public void release(ClaimedDelivery delivery, Instant dueAt) {
        try {
            transactions.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "update delivery set due_at = ?, lease_token = null, leased_by = null, lease_until = null"
                                + " where id = ? and lease_token = ?")) {
                    SqlTime.set(statement, 1, dueAt);
                    statement.setLong(2, delivery.id());
                    statement.setString(3, delivery.leaseToken());
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** Walks the due index in order and stops after {@code limit} rows. */
    private static List<Long> lockDue(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select id from delivery where " + DUE
                + " order by due_at limit ? for update skip locked")) {
            SqlTime.set(statement, 1, now);
            SqlTime.set(statement, 2, now);
            statement.setInt(3, limit);
            return ids(statement);
        }
    }

    /**
     * The same for some partners only: the first due rows of each partner, as many as its room in the scope (one
     * short walk of the partner-due index each), the longest due of those up to the limit; then those rows locked by
     * primary key. So a partner never gets more than its room, and a capped partner's backlog never takes the claim
     * from the others. Leaving partners out of the plain walk instead would step over every due row of theirs on each
     * poll: 40 ms per claim, every 20 ms, with 100,000 waiting for one partner that is down (measured), and partners
     * behind it would wait as long.
     * <p>
     * Locking the candidates inside one statement ({@code id in (select ...)}) took 100 ms to 28 s per claim under an
     * 8,000 backlog (log_min_duration_statement): its plan (auto_explain) walked the whole due index and ran the
     * partners' walks again for each row it met, and the drain ran at 85/s.
     */
    private static List<Long> lockDueOf(Connection connection, ClaimScope scope, Instant now, int limit)
            throws SQLException {
        List<Long> candidates = firstDueOfEach(connection, scope, now, limit);
        if (candidates.isEmpty()) {
            return candidates;
        }
        // Due again here: a row another node leased after the first statement is checked anew when it is locked,
        // so it is passed over rather than claimed twice.
        try (PreparedStatement statement = connection.prepareStatement(lockDueByIdSql(candidates.size()))) {
            int index = 1;
            for (long id : candidates) {
                statement.setLong(index++, id);
            }
            SqlTime.set(statement, index++, now);
            SqlTime.set(statement, index, now);
            return ids(statement);
        }
    }

    private static List<Long> firstDueOfEach(Connection connection, ClaimScope scope, Instant now, int limit)
            throws SQLException {
        List<String> partners = scope.partners();
        try (PreparedStatement statement = connection.prepareStatement(firstDueOfEachSql(partners.size()))) {
            int index = 1;
            for (String partner : partners) {
                statement.setString(index++, partner);
                SqlTime.set(statement, index++, now);
                SqlTime.set(statement, index++, now);
                statement.setInt(index++, scope.limitFor(partner, limit));
            }
            statement.setInt(index, limit);
            return ids(statement);
        }
    }

    /** Parameters per partner: partner id, now, now, its room; then the limit of the whole. */
    static String firstDueOfEachSql(int partners) {
        String perPartner = "select id, due_at from (select id, due_at from delivery where partner_id = ? and " + DUE
                + " order by due_at limit ?) due_of_partner_";
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < partners; i++) {
            sql.append(i == 0 ? "" : " union all ").append(perPartner).append(i);
        }
        return sql.append(" order by due_at limit ?").toString();
    }

    /**
     * Parameters: the ids, then now, now. The due check is wrapped in {@code is true} so no index can serve it: the
     * rows are reached by primary key only. Left bare, PostgreSQL without statistics walks the whole due index
     * instead, testing each row against the ids (20,000 rows for 3 candidates in OutboxPlansOnPostgresTest).
     */
    static String lockDueByIdSql(int ids) {
        return "select id from delivery where id in (" + "?,".repeat(ids - 1) + "?) and (" + DUE + ") is true"
                + " for update skip locked";
    }

    private static List<Long> ids(PreparedStatement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** One statement for the whole claim; it leaves due_at (indexed) alone, see V3. */
    private static void lease(Connection connection, List<Long> ids, Instant until, String token, String node) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update delivery set lease_until = ?, lease_token = ?, leased_by = ? where id in ("
                        + "?,".repeat(ids.size() - 1) + "?)")) {
            SqlTime.set(statement, 1, until);
            statement.setString(2, token);
            statement.setString(3, node);
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 4, ids.get(i));
            }
            statement.executeUpdate();
        }
    }

    /** By primary key (the claimed ids): lease_token has no index, and a scan per batch would not scale. */
    private static List<ClaimedDelivery> load(Connection connection, List<Long> ids, String token, Instant until)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select d.id, d.message_id, d.reference, d.partner_id, d.purpose, d.format, d.item_positions, d.attempts,"
                        + " d.created_at, r.received_at, r.partner_id, r.report_json, d.feedback_id"
                        + " from delivery d join report r on r.reference = d.reference where d.id in ("
                        + "?,".repeat(ids.size() - 1) + "?) order by d.due_at")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedDelivery(rows.getLong(1), rows.getString(2), token, until, rows.getString(3),
                            rows.getString(4), DeliveryPurpose.valueOf(rows.getString(5)), rows.getString(6),
                            DeliveryRows.positions(rows.getString(7)), rows.getInt(8), SqlTime.get(rows, 9),
                            SqlTime.get(rows, 10), rows.getString(11), rows.getString(12), (Long) rows.getObject(13, Long.class)));
                }
            }
            return claimed;
        }
    }
}
