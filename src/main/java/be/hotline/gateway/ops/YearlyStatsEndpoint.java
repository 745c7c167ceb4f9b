package be.hotline.gateway.ops;

import be.hotline.gateway.stats.YearlyFiguresJson;
import be.hotline.gateway.store.YearlyStatistics;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.camel.Exchange;

/**
 * GET /ops/api/stats/yearly?year=YYYY (default: this year): the console's Statistics page reads the same figures,
 * from the same queries, as the partner API's GET /api/v1/stats/yearly.
 */
public final class YearlyStatsEndpoint {

    private static final int FIRST_YEAR = 2000;
    private final YearlyStatistics statistics;
    private final Clock clock;

    public YearlyStatsEndpoint(YearlyStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    public void get(Exchange exchange) {
        int thisYear = LocalDate.ofInstant(clock.instant(), statistics.timeZone()).getYear();
        String given = OpsHttp.query(exchange, "year");
        int year = given == null ? thisYear : parse(given, thisYear);
        OpsHttp.json(exchange, 200, YearlyFiguresJson.body(statistics.of(year)));
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
