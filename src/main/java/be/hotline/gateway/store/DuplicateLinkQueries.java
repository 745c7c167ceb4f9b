package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the duplicate links: for the internal case view, and the figures (unique URLs, duplicates). */
public final class DuplicateLinkQueries {

    private final Transactions transactions;

    public DuplicateLinkQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The links of each report, both ways, in one query per direction. */
    public Map<String, List<CaseLink>> linksOf(List<String> references) {
        Map<String, List<CaseLink>> links = new HashMap<>();
        if (references.isEmpty()) {
            return links;
        }
        String in = DuplicateIndexRows.placeholders(references.size());
        return transactions.read(connection -> {
            for (boolean later : new boolean[] {false, true}) {
                String own = later ? "earlier_reference" : "reference";
                String sql = later
                        ? "select earlier_reference, earlier_position, reference, position, matched_on from content_link"
                        : "select reference, position, earlier_reference, earlier_position, matched_on from content_link";
                try (PreparedStatement statement = connection.prepareStatement(
                        sql + " where " + own + " in (" + in + ") order by linked_at, reference, position")) {
                    for (int i = 0; i < references.size(); i++) {
                        statement.setString(i + 1, references.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            links.computeIfAbsent(rows.getString(1), r -> new ArrayList<>()).add(new CaseLink(rows.getInt(2),
                                    later ? "LATER" : "EARLIER", rows.getString(3), rows.getInt(4), rows.getString(5)));
                        }
                    }
                }
            }
            return links;
        });
    }

    /**
     * Content URLs received in [from, to): all of them, the distinct normalised ones, and the items linked to an
     * earlier one (duplicates, on URL or hash). For the takedown statistics and the yearly figures.
     */
    public UrlFigures urlFigures(Instant from, Instant to) {
        return transactions.read(connection -> urlFigures(connection, from, to));
    }

    /** The same on a connection the caller holds (the yearly figures count everything in one snapshot). */
    static UrlFigures urlFigures(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*), count(distinct key_sha256),"
                        + " (select count(*) from content_link where linked_at >= ? and linked_at < ?)"
                        + " from content_key where key_kind = 'URL' and received_at >= ? and received_at < ?")) {
            SqlTime.set(statement, 1, from);
            SqlTime.set(statement, 2, to);
            SqlTime.set(statement, 3, from);
            SqlTime.set(statement, 4, to);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new UrlFigures(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    /**
     * @param contentUrls every item's URL received in the period
     * @param uniqueUrls  the distinct normalised URLs among them
     * @param duplicates  items received in the period that were linked to an earlier item (URL or hash match)
     */
    public record UrlFigures(long contentUrls, long uniqueUrls, long duplicates) {
    }
}
