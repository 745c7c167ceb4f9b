package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Finds reports for ops by our reference or by the sender's own reference (several senders may share one). */
public final class OpsReportQueries {

    private static final int MAX = 20;
    private final Transactions transactions;
    private final OpsDeliveryQueries deliveries;

    public OpsReportQueries(Transactions transactions) {
        this.transactions = transactions;
        this.deliveries = new OpsDeliveryQueries(transactions);
    }

    public List<OpsReport> byReference(String reference) {
        return find("reference = ?", reference);
    }

    public List<OpsReport> byPartnerReference(String partnerReference) {
        return find("partner_reference = ?", partnerReference);
    }

    private List<OpsReport> find(String where, String value) {
        List<OpsReport> heads = transactions.read(connection -> heads(connection, where, value));
        List<OpsReport> full = new ArrayList<>();
        for (OpsReport head : heads) {
            full.add(new OpsReport(head.reference(), head.partner(), head.partnerReference(), head.status(), head.receivedAt(),
                    deliveries.ofReport(head.reference()), transactions.read(connection -> EventRows.of(connection, head.reference()))));
        }
        return full;
    }

    private static List<OpsReport> heads(Connection connection, String where, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select reference, partner_id, partner_reference,"
                + " status, received_at from report where " + where + " order by received_at desc limit " + MAX)) {
            statement.setString(1, value);
            List<OpsReport> reports = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reports.add(new OpsReport(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            SqlTime.get(rows, 5), List.of(), List.of()));
                }
            }
            return reports;
        }
    }
}
