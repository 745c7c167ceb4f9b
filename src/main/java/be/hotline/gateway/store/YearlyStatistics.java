package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The yearly figures, counted by the database in one snapshot: four aggregate queries grouped by month of receipt,
 * plus the URL figures of {@link DuplicateLinkQueries} per month and for the year (distinct URLs do not add up
 * over months). Months are the calendar months of the hotline's time zone ({@link CalendarMonths}). Outcomes count
 * reports that got that feedback from any receiver (about any of their items); moved counts reports with an item
 * whose receiver moved it (item_status MOVED). The partner registry gives each sending partner's kind.
 */
public final class YearlyStatistics {

    private static final String IN_YEAR = CalendarMonths.IN_YEAR;
    private static final String MONTH = CalendarMonths.MONTH_OF_RECEIPT;
    private static final String REPORTS = "select m, partner_id, classification, depiction, count(*) from (select " + MONTH
            + " m, r.partner_id, r.classification, r.depiction from report r" + IN_YEAR + ") x"
            + " group by m, partner_id, classification, depiction";
    // Home: hosted and assigned here; member hotline: hosted and assigned abroad; orphan: assigned elsewhere than hosted.
    // 'unassigned': an item from before V13 that AssignedCountryBackfill (at start) has not filled yet: never guessed.
    private static final String CONTENT_URLS = "select m, partner_id, hosting_country, hosting, assigned, count(*) from (select "
            + MONTH + " m, r.partner_id, ci.hosting_country, case when ci.assigned_country is null then 'unassigned'"
            + " when ci.assigned_country <> ci.hosting_country then 'orphan' when ci.hosting_country = ? then 'home'"
            + " else 'memberHotline' end hosting, coalesce(ci.assigned_country, 'unassigned') assigned"
            + " from report r join report_content_item ci on ci.reference = r.reference"
            + IN_YEAR + ") x group by m, partner_id, hosting_country, hosting, assigned";
    private static final String REMOVALS = "select m, " + TakedownStatistics.FIGURES + " from (select " + MONTH
            + " m, r.removed_at, r.takedown_seconds from report r" + IN_YEAR + ") r group by m";
    private static final Map<String, String> OUTCOMES = Map.of("CASE_OPENED", "caseOpened",
            "REFERRED_TO_PROSECUTOR", "referredToProsecutor", "TAKEDOWN_ORDERED", "takedownOrdered",
            "NO_FURTHER_ACTION", "noFurtherAction", "FORWARDED_TO_INTERPOL", "forwardedToInterpol",
            "CONTENT_NOT_FOUND", "unavailable", "NOT_ILLEGAL_IN_HOSTING_COUNTRY", "notIllegalInHostingCountry",
            "MOVED", "moved");
    // A report counts once per outcome, however many receivers or feedback items said so.
    private static final String OUTCOME_ROWS = "select m, type, count(distinct reference) from (select " + MONTH
            + " m, r.reference, f.type from report r join feedback f on f.reference = r.reference" + IN_YEAR
            + " and f.type in (" + quoted(OUTCOMES.keySet().stream().filter(type -> !type.equals("MOVED")).sorted().toList())
            + ") union all select " + MONTH + " m, r.reference, 'MOVED' from report r join item_status s"
            + " on s.reference = r.reference" + IN_YEAR + " and s.furthest_feedback = 'MOVED') x group by m, type";

    private final Transactions transactions;
    private final ZoneId timeZone;
    private final String homeCountry;
    private final Function<String, String> senderKind;

    /** @param senderKind a partner id's kind (INTERNAL, HOTLINE, POLICE) */
    public YearlyStatistics(Transactions transactions, ZoneId timeZone, String homeCountry, Function<String, String> senderKind) {
        this.transactions = transactions;
        this.timeZone = timeZone;
        this.homeCountry = homeCountry;
        this.senderKind = senderKind;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public YearlyFigures of(int year) {
        CalendarMonths calendar = CalendarMonths.of(year, timeZone);
        List<YearlyFigures.Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new YearlyFigures.Month(YearMonth.of(year, month), calendar.start(month), calendar.end(month),
                    YearlyFigures.emptySections()));
        }
        Map<String, Map<String, Long>> total = YearlyFigures.emptySections();
        transactions.snapshot(connection -> {
            count(connection, calendar, months);
            for (YearlyFigures.Month month : months) {
                urlFigures(month.figures(), DuplicateLinkQueries.urlFigures(connection, month.from(), month.to()));
            }
            months.forEach(month -> month.figures().forEach((section, counts) ->
                    counts.forEach((key, count) -> total.get(section).merge(key, count, Long::sum))));
            // Distinct URLs over the year are not the sum of each month's.
            urlFigures(total, DuplicateLinkQueries.urlFigures(connection, calendar.from(), calendar.to()));
            return null;
        });
        // Every month has every key of the year (a partner, a country), 0 where it had none: one table shape.
        months.forEach(month -> total.forEach((section, counts) ->
                counts.keySet().forEach(key -> month.figures().get(section).putIfAbsent(key, 0L))));
        return new YearlyFigures(year, timeZone, calendar.from(), calendar.to(), sorted(total), months.stream()
                .map(month -> new YearlyFigures.Month(month.month(), month.from(), month.to(), sorted(month.figures())))
                .toList());
    }

    private void count(Connection connection, CalendarMonths calendar, List<YearlyFigures.Month> months) throws SQLException {
        List<Object> inYear = calendar.monthAndYearParameters();
        try (ResultSet rows = query(connection, REPORTS, inYear)) {
            while (rows.next()) {
                Map<String, Map<String, Long>> figures = months.get(rows.getInt(1) - 1).figures();
                long count = rows.getLong(5);
                String partner = rows.getString(2);
                add(figures, "reports", "received", count);
                add(figures, "reportsByPartner", partner, count);
                add(figures, "reportsBySenderKind", senderKind.apply(partner), count);
                add(figures, "qualified", rows.getString(3), count);
                add(figures, "depiction", rows.getString(4) == null ? "NOT_DETERMINED" : rows.getString(4), count);
            }
        }
        List<Object> withHome = calendar.caseParameters();
        withHome.add(homeCountry);
        withHome.addAll(List.of(calendar.from(), calendar.to()));
        try (ResultSet rows = query(connection, CONTENT_URLS, withHome)) {
            while (rows.next()) {
                Map<String, Map<String, Long>> figures = months.get(rows.getInt(1) - 1).figures();
                long count = rows.getLong(6);
                String partner = rows.getString(2);
                add(figures, "contentUrlsByPartner", partner, count);
                add(figures, "contentUrlsByAssignedCountry", rows.getString(5), count);
                add(figures, "contentUrlsBySenderKind", senderKind.apply(partner), count);
                add(figures, "contentUrlsByHostingCountry", rows.getString(3), count);
                add(figures, "hosting", rows.getString(4), count);
            }
        }
        try (ResultSet rows = query(connection, REMOVALS, inYear)) {
            while (rows.next()) {
                Map<String, Long> outcomes = months.get(rows.getInt(1) - 1).figures().get("outcomes");
                outcomes.put("removed", rows.getLong(3));
                outcomes.put("removedWithin1Day", rows.getLong(4));
                outcomes.put("removedWithin3Days", rows.getLong(5));
                outcomes.put("removedWithin7Days", rows.getLong(6));
            }
        }
        List<Object> twice = new ArrayList<>(inYear);
        twice.addAll(inYear);
        try (ResultSet rows = query(connection, OUTCOME_ROWS, twice)) {
            while (rows.next()) {
                add(months.get(rows.getInt(1) - 1).figures(), "outcomes", OUTCOMES.get(rows.getString(2)), rows.getLong(3));
            }
        }
    }

    private static void urlFigures(Map<String, Map<String, Long>> figures, DuplicateLinkQueries.UrlFigures urls) {
        Map<String, Long> section = figures.get("contentUrls");
        section.put("received", urls.contentUrls());
        section.put("unique", urls.uniqueUrls());
        section.put("duplicates", urls.duplicates());
    }

    private static void add(Map<String, Map<String, Long>> figures, String section, String key, long count) {
        figures.get(section).merge(key, count, Long::sum);
    }

    /** The sections without fixed keys (partners, countries) in key order. */
    private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, Long>> figures) {
        for (String section : List.of("reportsByPartner", "contentUrlsByPartner", "contentUrlsByHostingCountry")) {
            figures.put(section, new TreeMap<>(figures.get(section)));
        }
        return figures;
    }

    /** The statement is closed with its result set (closeOnCompletion). */
    private static ResultSet query(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Instant instant) {
                SqlTime.set(statement, i + 1, instant);
            } else {
                statement.setString(i + 1, (String) parameters.get(i));
            }
        }
        return statement.executeQuery();
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
    }
}
