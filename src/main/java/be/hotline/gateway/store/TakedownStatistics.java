package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takedown statistics counted by the database: three aggregate queries (total, per hosting country, per
 * receiving partner), so the figures cost the same whatever the number of reports.
 * Takedown time is report.takedown_seconds; "within N days" includes exactly N days.
 */
public final class TakedownStatistics {

    private static final long DAY_SECONDS = 86_400;
    private static final String FIGURES = "count(*), count(r.removed_at),"
            + " count(case when r.takedown_seconds <= " + DAY_SECONDS + " then 1 end),"
            + " count(case when r.takedown_seconds <= " + 3 * DAY_SECONDS + " then 1 end),"
            + " count(case when r.takedown_seconds <= " + 7 * DAY_SECONDS + " then 1 end)";
    private static final String IN_RANGE = " where r.received_at >= ? and r.received_at < ?";
    // Distinct first, so a report with several items in one country, or several deliveries to one receiver, counts once.
    private static final String BY_COUNTRY = "select c.hosting_country, " + FIGURES + " from report r"
            + " join (select distinct reference, hosting_country from report_content_item) c on c.reference = r.reference"
            + IN_RANGE + " group by c.hosting_country";
    // Relay deliveries (feedback_id set) carry feedback back to the originator: not a receiver of the report.
    private static final String BY_PARTNER = "select d.partner_id, " + FIGURES + " from report r"
            + " join (select distinct reference, partner_id from delivery where feedback_id is null) d on d.reference = r.reference"
            + IN_RANGE + " group by d.partner_id";
    private static final String TOTAL = "select 'total', " + FIGURES + " from report r" + IN_RANGE;

    private final Transactions transactions;

    public TakedownStatistics(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @param from inclusive, on received_at @param to exclusive */
    public TakedownReport between(Instant from, Instant to) {
        return transactions.read(connection -> new TakedownReport(from, to,
                grouped(connection, TOTAL, from, to).getOrDefault("total", TakedownFigures.NONE),
                grouped(connection, BY_COUNTRY, from, to),
                grouped(connection, BY_PARTNER, from, to)));
    }

    private static Map<String, TakedownFigures> grouped(Connection connection, String sql, Instant from, Instant to)
            throws SQLException {
        Map<String, TakedownFigures> figures = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlTime.set(statement, 1, from);
            SqlTime.set(statement, 2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getString(1), new TakedownFigures(rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5), rows.getLong(6)));
                }
            }
        }
        return figures;
    }
}
