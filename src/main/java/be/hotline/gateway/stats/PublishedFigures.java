package be.hotline.gateway.stats;

import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.store.FrozenFiguresRows;
import be.hotline.gateway.store.YearlyFigures;
import be.hotline.gateway.store.YearlyStatistics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * The one place that decides which figures a year's answer holds: the figures frozen before its content was purged
 * (retention), or else a count of what the database holds now. Both yearly endpoints (partner API, ops API), JSON
 * and CSV, answer from here.
 */
public final class PublishedFigures {

    /** A year's answer: the JSON body (a map, written by the endpoint) and the CSV text. */
    public record Answer(Map<String, Object> json, String csv) {
    }

    private final YearlyStatistics statistics;
    private final FrozenFiguresRows frozen;

    public PublishedFigures(YearlyStatistics statistics, FrozenFiguresRows frozen) {
        this.statistics = statistics;
        this.frozen = frozen;
    }

    public ZoneId timeZone() {
        return statistics.timeZone();
    }

    public Answer of(int year) {
        return frozen.of(year).map(figures -> new Answer(map(figures.json()), figures.csv())).orElseGet(() -> counted(year));
    }

    public boolean isFrozen(int year) {
        return frozen.of(year).isPresent();
    }

    /** Aggregate first: stores the year's figures as counted now, unless already frozen. True when frozen by this call. */
    public boolean freeze(int year, Instant now) {
        if (isFrozen(year)) {
            return false;
        }
        Answer answer = counted(year);
        return frozen.freeze(new FrozenFiguresRows.Frozen(year, CanonicalJson.write(answer.json()), answer.csv(), now));
    }

    private Answer counted(int year) {
        YearlyFigures figures = statistics.of(year);
        return new Answer(YearlyFiguresJson.body(figures), YearlyFiguresCsv.write(figures));
    }

    private static Map<String, Object> map(String json) {
        try {
            return CanonicalJson.mapper().readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frozen yearly figures are not readable JSON", e);
        }
    }
}
