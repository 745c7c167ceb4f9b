package be.hotline.gateway.ops;

import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.stats.YearlyFiguresCsv;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * GET /ops/api/stats/yearly?year=YYYY (default: this year; format=csv for the CSV file): the console's Statistics
 * page reads the same figures, from the same queries, as the partner API's GET /api/v1/stats/yearly.
 */
public final class YearlyStatsEndpoint {

    private static final int FIRST_YEAR = 2000;
    private final PublishedFigures statistics;
    private final Clock clock;

    public YearlyStatsEndpoint(PublishedFigures statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    public void get(Exchange exchange) {
        int thisYear = LocalDate.ofInstant(clock.instant(), statistics.timeZone()).getYear();
        String given = OpsHttp.query(exchange, "year");
        int year = given == null ? thisYear : parse(given, thisYear);
        String format = OpsHttp.query(exchange, "format");
        if (format != null && !format.equals("csv")) {
            throw OpsProblem.badRequest("format must be csv, or left out for JSON.");
        }
        PublishedFigures.Answer figures = statistics.of(year);
        if (format == null) {
            OpsHttp.json(exchange, 200, figures.json());
        } else {
            // The console's "Download CSV" link: a file for a spreadsheet.
            OpsHttp.reply(exchange, 200, YearlyFiguresCsv.MEDIA_TYPE, figures.csv(),
                    Map.of("Content-Disposition", "attachment; filename=\"hotline-figures-" + year + ".csv\""));
        }
    }

    private static int parse(String given, int thisYear) {
        try {
            int year = Integer.parseInt(given);
            if (year >= FIRST_YEAR && year <= thisYear) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below, like a year out of range
        }
        throw OpsProblem.badRequest("year must be a whole number from " + FIRST_YEAR + " to " + thisYear + ".");
    }
}
