package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takedown statistics counted by the database: three aggregate queries (total, per hosting country, per
 * receiving partner), so the figures cost the same whatever the number of reports.
 * Takedown time is report.takedown_seconds; "within N days" includes exactly N days. The same figures per content
 * URL come from item_status (an item's takedown time is its earliest removal), and the reasons given for
 * UNAVAILABLE and NOT_ILLEGAL are counted per receiver's part of an item.
 */
public final class TakedownStatistics {

    private static final long DAY_SECONDS = 86_400;
    /** Reports, removed, and removed within 1, 3 and 7 days, of the rows of report alias r (also the yearly figures'). */
    static final String FIGURES = "count(*), count(r.removed_at),"
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

    // URLs: each content item once, removed when any receiver reported it removed, at its earliest removal.
    private static final String URL_FIGURES = "count(*), count(u.takedown_seconds),"
            + " count(case when u.takedown_seconds <= " + DAY_SECONDS + " then 1 end),"
            + " count(case when u.takedown_seconds <= " + 3 * DAY_SECONDS + " then 1 end),"
            + " count(case when u.takedown_seconds <= " + 7 * DAY_SECONDS + " then 1 end)";
    private static final String URLS = "(select ci.reference, ci.position, ci.hosting_country, min(s.takedown_seconds) takedown_seconds"
            + " from report_content_item ci left join item_status s on s.reference = ci.reference and s.position = ci.position"
            + " group by ci.reference, ci.position, ci.hosting_country) u join report r on r.reference = u.reference";
    private static final String URLS_TOTAL = "select 'total', " + URL_FIGURES + " from " + URLS + IN_RANGE;
    private static final String URLS_BY_COUNTRY = "select u.hosting_country, " + URL_FIGURES + " from " + URLS + IN_RANGE
            + " group by u.hosting_country";
    // Per receiver: the items it has a status for (from its first feedback on), each once.
    private static final String URLS_BY_PARTNER = "select u.partner_id, " + URL_FIGURES + " from item_status u"
            + " join report r on r.reference = u.reference" + IN_RANGE + " group by u.partner_id";
    // Why content was not found or not illegal there: each receiver's part of an item once, by its current outcome.
    private static final String REASONS = "select s.furthest_feedback, s.reason, count(*) from item_status s"
            + " join report r on r.reference = s.reference" + IN_RANGE + " and s.reason is not null"
            + " group by s.furthest_feedback, s.reason";

    private final Transactions transactions;

    public TakedownStatistics(Transactions transactions) {
        this.transactions = transactions;
    }

    /** @param from inclusive, on received_at @param to exclusive */
    public TakedownReport between(Instant from, Instant to) {
        return transactions.read(connection -> new TakedownReport(from, to,
                grouped(connection, TOTAL, from, to).getOrDefault("total", TakedownFigures.NONE),
                grouped(connection, BY_COUNTRY, from, to),
                grouped(connection, BY_PARTNER, from, to),
                new TakedownReport.Urls(grouped(connection, URLS_TOTAL, from, to).getOrDefault("total", TakedownFigures.NONE),
                        grouped(connection, URLS_BY_COUNTRY, from, to), grouped(connection, URLS_BY_PARTNER, from, to)),
                reasons(connection, from, to)));
    }

    /** Outcome type to reason to count. */
    private static Map<String, Map<String, Long>> reasons(Connection connection, Instant from, Instant to) throws SQLException {
        Map<String, Map<String, Long>> reasons = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(REASONS)) {
            SqlTime.set(statement, 1, from);
            SqlTime.set(statement, 2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reasons.computeIfAbsent(rows.getString(1), type -> new TreeMap<>()).put(rows.getString(2), rows.getLong(3));
                }
            }
        }
        return reasons;
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
