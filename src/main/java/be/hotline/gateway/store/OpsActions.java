package be.hotline.gateway.store;

import be.hotline.gateway.report.ReportEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * What ops staff may do to a delivery: retry a DEAD one, cancel a PENDING or DEAD one; and what a receiver may
 * ask for: a re-send of one of its own messages. Each action, its report event, its audit row (ops only) and the
 * report's new status are written in one transaction; a re-send is queued exactly as an ops retry is.
 */
public final class OpsActions {

    /** How an action ended: done (with the delivery as it is now), no such delivery, or not allowed in its state. */
    public sealed interface Outcome {
        record Done(OpsDelivery delivery) implements Outcome {
        }

        record NotFound() implements Outcome {
        }

        record WrongState(String status) implements Outcome {
        }

        /** Retention removed the report's content data: there is nothing left to send. */
        record ContentPurged() implements Outcome {
        }
    }

    private final Transactions transactions;

    public OpsActions(Transactions transactions) {
        this.transactions = transactions;
    }

    private static final String REQUEUE = "update delivery set status = 'PENDING', due_at = ?, lease_token = null,"
            + " leased_by = null, lease_until = null where id = ? and status in ";

    /** Due now; attempts and the last error are kept, so the history stays readable. */
    public Outcome retry(long id, String user, String reason, Instant now) {
        return act(id, user, reason, now, "RETRY", ReportEventType.OPS_RETRY, REQUEUE + "('DEAD')");
    }

    /**
     * A receiver lost a message: it is queued again (due now, same message id) from DELIVERED, ACKNOWLEDGED or DEAD,
     * by the same update as an ops retry. An acknowledgement it had is kept (DeliveryUpdates), so its re-send's
     * answer cannot undo it. Bound to the partner: another partner's message id is not found.
     */
    public Outcome redeliver(String partnerId, String messageId, Instant now) {
        try {
            return transactions.inTransaction(connection -> {
                OpsDelivery before = OpsDeliveryQueries.byMessageId(connection, partnerId, messageId);
                if (before == null) {
                    return new Outcome.NotFound();
                }
                if (contentPurged(connection, before.reference())) {
                    return new Outcome.ContentPurged();
                }
                if (update(connection, REQUEUE + "('DELIVERED', 'ACKNOWLEDGED', 'DEAD')", before.id(), now) == 0) {
                    return new Outcome.WrongState(before.status());
                }
                EventRows.append(connection, List.of(new EventRows.Entry(before.reference(), new ReportEvent(now, partnerId,
                        ReportEventType.REDELIVERY_REQUESTED.name(), partnerId + " message " + messageId))));
                ReportStatusRows.refresh(connection, List.of(before.reference()), now, partnerId);
                return new Outcome.Done(OpsDeliveryQueries.byId(connection, before.id()));
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    /** A delivery in flight may still get its answer: DeliveryUpdates moves only PENDING rows, so the cancel stays. */
    public Outcome cancel(long id, String user, String reason, Instant now) {
        return act(id, user, reason, now, "CANCEL", ReportEventType.OPS_CANCELLED,
                "update delivery set status = 'CANCELLED', due_at = ?, lease_token = null, leased_by = null, lease_until = null"
                        + " where id = ? and status in ('PENDING', 'DEAD')");
    }

    private Outcome act(long id, String user, String reason, Instant now, String action, ReportEventType event, String sql) {
        String actor = "ops:" + user;
        try {
            return transactions.inTransaction(connection -> {
                OpsDelivery before = OpsDeliveryQueries.byId(connection, id);
                if (before == null) {
                    return new Outcome.NotFound();
                }
                if (event == ReportEventType.OPS_RETRY && contentPurged(connection, before.reference())) {
                    return new Outcome.ContentPurged();
                }
                if (update(connection, sql, id, now) == 0) {
                    return new Outcome.WrongState(before.status());
                }
                String detail = before.partner() + " delivery " + id + (reason == null || reason.isBlank() ? "" : ": " + reason);
                EventRows.append(connection, List.of(new EventRows.Entry(before.reference(),
                        new ReportEvent(now, actor, event.name(), detail))));
                OpsAudit.insert(connection, new OpsAudit.Entry(now, user, action, "delivery/" + id, reason));
                ReportStatusRows.refresh(connection, List.of(before.reference()), now, actor);
                return new Outcome.Done(OpsDeliveryQueries.byId(connection, id));
            });
        } catch (SQLException e) {
            throw Transactions.wrap(e);
        }
    }

    private static boolean contentPurged(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from report where reference = ? and content_purged_at is not null")) {
            statement.setString(1, reference);
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static int update(Connection connection, String sql, long id, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlTime.set(statement, 1, now);
            statement.setLong(2, id);
            return statement.executeUpdate();
        }
    }
}
