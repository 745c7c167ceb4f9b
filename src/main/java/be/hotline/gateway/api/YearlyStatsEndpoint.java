package be.hotline.gateway.api;

import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.stats.YearlyFiguresCsv;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;

/**
 * GET /api/v1/stats/yearly?year=YYYY: the figures the hotline publishes for a calendar year (its own time zone),
 * for the year and per month; JSON, or CSV for {@code Accept: text/csv}. The route lets only INTERNAL through.
 */
public final class YearlyStatsEndpoint {

    /** The gateway did not exist before; earlier years would only ever show zeros. */
    static final int FIRST_YEAR = 2000;
    private static final Set<String> PARAMETERS = Set.of("year");

    private final PublishedFigures statistics;
    private final Clock clock;

    public YearlyStatsEndpoint(PublishedFigures statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    public void read(Exchange exchange) {
        QueryParameters query = QueryParameters.of(exchange, PARAMETERS);
        int thisYear = LocalDate.ofInstant(clock.instant(), statistics.timeZone()).getYear();
        int year = query.required("year") == null ? 0 : query.integer("year", FIRST_YEAR, thisYear, 0);
        query.requireValid();
        PublishedFigures.Answer figures = statistics.of(year);
        // Caches keep the two forms of the same URL apart.
        Map<String, String> headers = Map.of("Vary", "Accept");
        if (AcceptedFormat.wantsCsv(exchange.getIn().getHeader("Accept", String.class))) {
            HttpReply.text(exchange, 200, YearlyFiguresCsv.MEDIA_TYPE, figures.csv(), headers);
        } else {
            HttpReply.json(exchange, 200, "application/json", figures.json(), headers);
        }
    }
}
