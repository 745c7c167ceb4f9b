package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Deliveries for the ops API: filtered pages newest first (keyset on id), and a report's deliveries. */
public final class OpsDeliveryQueries {

    static final String COLUMNS = "id, reference, partner_id, purpose, status, attempts, last_error, last_status_code,"
            + " last_attempt_at, due_at, created_at";

    private final Transactions transactions;

    public OpsDeliveryQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @param beforeId only deliveries with a smaller id (the cursor), or null for the newest */
    public List<OpsDelivery> page(String status, String partner, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from delivery where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            parameters.add(status);
        }
        if (partner != null) {
            sql.append(" and partner_id = ?");
            parameters.add(partner);
        }
        if (beforeId != null) {
            sql.append(" and id < ?");
            parameters.add(beforeId);
        }
        sql.append(" order by id desc limit ?");
        parameters.add(limit);
        return transactions.read(connection -> list(connection, sql.toString(), parameters));
    }

    public List<OpsDelivery> ofReport(String reference) {
        return transactions.read(connection -> list(connection,
                "select " + COLUMNS + " from delivery where reference = ? order by id", List.of(reference)));
    }

    static OpsDelivery byId(Connection connection, long id) throws SQLException {
        List<OpsDelivery> found = list(connection, "select " + COLUMNS + " from delivery where id = ?", List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The partner's own delivery with this message id, or null: another partner's id is not found. */
    static OpsDelivery byMessageId(Connection connection, String partnerId, String messageId) throws SQLException {
        List<OpsDelivery> found = list(connection, "select " + COLUMNS + " from delivery where message_id = ? and partner_id = ?",
                List.of(messageId, partnerId));
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<OpsDelivery> list(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<OpsDelivery> deliveries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    deliveries.add(new OpsDelivery(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getString(7), (Integer) rows.getObject(8, Integer.class),
                            SqlTime.get(rows, 9), SqlTime.get(rows, 10), SqlTime.get(rows, 11)));
                }
            }
            return deliveries;
        }
    }
}
