package be.hotline.gateway.stats;

import be.hotline.gateway.store.YearlyFigures;
import java.util.Map;

/**
 * The yearly figures as CSV (RFC 4180, CRLF): one row per figure, {@code section,key,period,value}, the year's
 * figures first (period "2025") and then each month's (period "2025-01"): a long table a spreadsheet pivots.
 */
public final class YearlyFiguresCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    static final String HEADER = "section,key,period,value";

    private YearlyFiguresCsv() {
    }

    public static String write(YearlyFigures figures) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows(csv, Integer.toString(figures.year()), figures.total());
        figures.months().forEach(month -> rows(csv, month.month().toString(), month.figures()));
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String period, Map<String, Map<String, Long>> sections) {
        sections.forEach((section, counts) -> counts.forEach((key, count) -> csv.append(section).append(',')
                .append(field(key)).append(',').append(period).append(',').append(count).append("\r\n")));
    }

    /** Partner ids are configuration: quote one that holds a comma, quote or line break. */
    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
