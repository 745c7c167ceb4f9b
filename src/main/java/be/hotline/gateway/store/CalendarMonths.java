package be.hotline.gateway.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The twelve months of a calendar year in a time zone, as instants (daylight saving included), and the SQL that
 * puts r.received_at in its month. The bounds are computed here and bound as parameters, so H2 and PostgreSQL
 * put a report in the same month whatever their own time zone setting.
 *
 * @param bounds the start of each month and, last, the start of the next year (13 instants)
 */
record CalendarMonths(int year, ZoneId zone, List<Instant> bounds) {

    /** The month (1 to 12) of r.received_at: the first month whose end is after it; parameters: {@link #caseParameters}. */
    static final String MONTH_OF_RECEIPT = monthOfReceipt();
    /** The year's reports (alias r); parameters: {@link #from} and {@link #to}. */
    static final String IN_YEAR = " where r.received_at >= ? and r.received_at < ?";

    static CalendarMonths of(int year, ZoneId zone) {
        List<Instant> bounds = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            bounds.add(YearMonth.of(year, month).atDay(1).atStartOfDay(zone).toInstant());
        }
        bounds.add(YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(zone).toInstant());
        return new CalendarMonths(year, zone, List.copyOf(bounds));
    }

    Instant from() {
        return bounds.get(0);
    }

    Instant to() {
        return bounds.get(12);
    }

    /** @param month 1 to 12 */
    Instant start(int month) {
        return bounds.get(month - 1);
    }

    /** @param month 1 to 12 */
    Instant end(int month) {
        return bounds.get(month);
    }

    /** The parameters of {@link #MONTH_OF_RECEIPT}: the starts of February to December. */
    List<Object> caseParameters() {
        return new ArrayList<>(bounds.subList(1, 12));
    }

    /** The parameters of a query that selects the month and then filters the year: {@link #MONTH_OF_RECEIPT}, {@link #IN_YEAR}. */
    List<Object> monthAndYearParameters() {
        List<Object> parameters = caseParameters();
        parameters.add(from());
        parameters.add(to());
        return parameters;
    }

    private static String monthOfReceipt() {
        StringBuilder sql = new StringBuilder("case");
        for (int month = 1; month <= 11; month++) {
            sql.append(" when r.received_at < ? then ").append(month);
        }
        return sql.append(" else 12 end").toString();
    }
}
