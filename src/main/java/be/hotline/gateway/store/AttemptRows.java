package be.hotline.gateway.store;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The log of delivery attempts: time, outcome, status code, latency, error. */
final class AttemptRows {

    private static final int MAX_ERROR = 2000;

    private AttemptRows() {
    }

    static void insert(Connection connection, List<AttemptRecord> attempts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into delivery_attempt (delivery_id, started_at, latency_ms, outcome, status_code, error)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            for (AttemptRecord attempt : attempts) {
                AttemptResult result = attempt.result();
                statement.setLong(1, attempt.delivery().id());
                SqlTime.set(statement, 2, result.startedAt());
                statement.setLong(3, result.latency().toMillis());
                statement.setString(4, result.succeeded() ? "SUCCESS" : "FAILURE");
                statement.setObject(5, result.statusCode().orElse(null), Types.INTEGER);
                String error = result.succeeded() ? null : result.describe();
                statement.setString(6, error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR));
                statement.addBatch();
            }
            statement.executeBatch();
        }
        AuditTrail.append(connection, attempts.stream().map(AttemptRows::auditEntry).toList());
    }

    private static AuditEntry auditEntry(AttemptRecord attempt) {
        AttemptResult result = attempt.result();
        String outcome = result.succeeded() ? "SUCCESS" : "FAILURE";
        return AuditEntry.of(AuditKind.DELIVERY_ATTEMPT, outcome, attempt.delivery().reference(), attempt.delivery().partnerId(),
                result.startedAt(), Long.toString(attempt.delivery().id()), attempt.delivery().messageId(),
                String.valueOf(result.startedAt()), Long.toString(result.latency().toMillis()), outcome,
                result.statusCode().map(String::valueOf).orElse(null), result.succeeded() ? null : result.describe());
    }
}
