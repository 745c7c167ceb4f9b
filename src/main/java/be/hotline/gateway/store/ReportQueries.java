package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the internal case view: reports by filter, newest first, a page at a time.
 * Keyset pagination on (received_at desc, reference desc): a page starts strictly after the last row
 * of the one before, so reports arriving meanwhile never make a page repeat or skip an older row.
 */
public final class ReportQueries {

    private static final String ACK_OVERDUE =
            "exists (select 1 from delivery d where d.reference = r.reference and d.ack_overdue = true)";

    private final Transactions transactions;

    public ReportQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** At most {@code limit} reports matching the filter, after {@code after} (null: from the newest). */
    public List<ReportSummary> page(ReportFilter filter, PagePosition after, int limit) {
        Where where = where(filter, after);
        String sql = "select r.reference, r.partner_id, r.partner_reference, r.status, r.received_at, r.removed_at,"
                + " r.takedown_seconds, case when " + ACK_OVERDUE + " then 1 else 0 end,"
                + " (select s.signer_fingerprint from message_signature s where s.reference = r.reference)"
                + " from report r" + where.sql()
                + " order by r.received_at desc, r.reference desc fetch first " + limit + " rows only";
        return transactions.read(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                where.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(Row.of(result));
                    }
                }
            }
            Map<String, List<String>> countries = hostingCountries(connection, rows);
            return rows.stream().map(row -> row.summary(countries.getOrDefault(row.reference(), List.of()))).toList();
        });
    }

    private static Where where(ReportFilter filter, PagePosition after) {
        Where where = new Where();
        where.addIfPresent("r.partner_id = ?", filter.partnerId());
        where.addIfPresent("r.status = ?", filter.status());
        where.addIfPresent("exists (select 1 from report_content_item i where i.reference = r.reference and i.hosting_country = ?)",
                filter.hostingCountry());
        where.addIfPresent("r.received_at >= ?", filter.receivedFrom());
        where.addIfPresent("r.received_at < ?", filter.receivedTo());
        if (filter.ackOverdue() != null) {
            where.add(filter.ackOverdue() ? ACK_OVERDUE : "not " + ACK_OVERDUE);
        }
        if (after != null) {
            where.add("(r.received_at < ? or (r.received_at = ? and r.reference < ?))",
                    after.at(), after.at(), after.key());
        }
        return where;
    }

    /** The distinct hosting countries of each report on the page, in one query. */
    private static Map<String, List<String>> hostingCountries(Connection connection, List<Row> rows) throws SQLException {
        Map<String, List<String>> countries = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            return countries;
        }
        String placeholders = String.join(", ", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct reference, hosting_country from report_content_item where reference in ("
                        + placeholders + ") order by reference, hosting_country")) {
            for (int i = 0; i < rows.size(); i++) {
                statement.setString(i + 1, rows.get(i).reference());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    countries.computeIfAbsent(result.getString(1), reference -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        return countries;
    }

    /** A report row before its hosting countries are known. */
    private record Row(String reference, String partnerId, String partnerReference, String status, Instant receivedAt,
                       Instant removedAt, Long takedownSeconds, boolean ackOverdue, String signedBy) {

        static Row of(ResultSet result) throws SQLException {
            long takedown = result.getLong(7);
            Long takedownSeconds = result.wasNull() ? null : takedown;
            return new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                    SqlTime.get(result, 5), SqlTime.get(result, 6), takedownSeconds, result.getInt(8) == 1,
                    result.getString(9));
        }

        ReportSummary summary(List<String> hostingCountries) {
            return new ReportSummary(reference, partnerId, partnerReference, status, receivedAt, hostingCountries,
                    ackOverdue, removedAt, takedownSeconds, signedBy);
        }
    }
}
