package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves deliveries to the state their attempt decided, in two batches: successes and the rest. Only a
 * PENDING delivery moves: one acknowledged meanwhile (its receiver's feedback can overtake the answer to
 * our own call) stays acknowledged, whatever its in-flight attempt says.
 */
final class DeliveryUpdates {

    private static final int MAX_RECEIPT = 200;
    // A re-send the receiver asked for (OpsActions.redeliver) of a message it had acknowledged stays acknowledged,
    // whatever the re-send's answer: its acknowledgement, reference and the absence of a deadline are kept.
    // Parameter 1 is the attempt's status, bound twice (see bind).
    private static final String SET = "update delivery set status = case when acknowledged_at is not null and ? <> 'PENDING'"
            + " then 'ACKNOWLEDGED' else ? end, attempts = attempts + 1, due_at = ?, lease_token = null,"
            + " leased_by = null, lease_until = null, last_attempt_at = ?, last_status_code = ?, last_error = ?, delivered_at = coalesce(?, delivered_at),"
            + " partner_receipt = ?, receiver_reference = coalesce(?, receiver_reference), acknowledged_at = coalesce(acknowledged_at, ?),"
            + " ack_due_at = case when acknowledged_at is null then cast(? as timestamp with time zone) end where id = ? and status = 'PENDING'";

    private DeliveryUpdates() {
    }

    /** @return the attempts whose delivery changed state */
    static List<AttemptRecord> apply(Connection connection, List<AttemptRecord> attempts) throws SQLException {
        List<AttemptRecord> delivered = attempts.stream().filter(AttemptRecord::succeeded).toList();
        List<AttemptRecord> others = attempts.stream().filter(a -> !a.succeeded()).toList();
        List<AttemptRecord> changed = new ArrayList<>();
        // A success needs no lease: whoever got the 2xx, the delivery is delivered.
        changed.addAll(batch(connection, SET, delivered, false));
        changed.addAll(batch(connection, SET + " and lease_token = ?", others, true));
        return changed;
    }

    private static List<AttemptRecord> batch(Connection connection, String sql, List<AttemptRecord> attempts,
                                             boolean guardedByLease) throws SQLException {
        if (attempts.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (AttemptRecord attempt : attempts) {
                bind(statement, attempt);
                if (guardedByLease) {
                    statement.setString(13, attempt.delivery().leaseToken());
                }
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            List<AttemptRecord> changed = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    changed.add(attempts.get(i));
                }
            }
            return changed;
        }
    }

    private static void bind(PreparedStatement statement, AttemptRecord attempt) throws SQLException {
        boolean delivered = attempt.succeeded();
        Instant answeredAt = attempt.result().startedAt().plus(attempt.result().latency());
        statement.setString(1, attempt.newStatus().name());
        statement.setString(2, attempt.newStatus().name());
        SqlTime.set(statement, 3, attempt.dueAt());
        SqlTime.set(statement, 4, attempt.result().startedAt());
        statement.setObject(5, attempt.result().statusCode().orElse(null), Types.INTEGER);
        statement.setString(6, attempt.lastError());
        SqlTime.set(statement, 7, delivered ? answeredAt : null);
        statement.setString(8, delivered ? attempt.result().responseBody().map(DeliveryUpdates::receipt).orElse(null) : null);
        statement.setString(9, attempt.receiverReference());
        SqlTime.set(statement, 10, attempt.receiverReference() != null ? answeredAt : null);
        SqlTime.set(statement, 11, attempt.ackDueAt());
        statement.setLong(12, attempt.delivery().id());
    }

    private static String receipt(String body) {
        return body.length() <= MAX_RECEIPT ? body : body.substring(0, MAX_RECEIPT);
    }
}
