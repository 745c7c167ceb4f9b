package be.hotline.gateway.stats;

import be.hotline.gateway.store.YearlyFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly figures as the JSON answer of the partner API and the ops API (the same shape for both): each figure
 * once, as {@code {"total": n, "byMonth": [12 counts]}} under its section and key, the months named in
 * {@code months} in the same order. A key with no count in a month is 0 there.
 */
public final class YearlyFiguresJson {

    private YearlyFiguresJson() {
    }

    public static Map<String, Object> body(YearlyFigures figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", figures.year());
        body.put("timeZone", figures.timeZone().getId());
        body.put("from", figures.from().toString());
        body.put("to", figures.to().toString());
        body.put("months", figures.months().stream().map(month -> month.month().toString()).toList());
        Map<String, Object> sections = new LinkedHashMap<>();
        figures.total().forEach((section, counts) -> {
            Map<String, Object> keys = new LinkedHashMap<>();
            counts.forEach((key, total) -> {
                List<Long> byMonth = new ArrayList<>();
                figures.months().forEach(month -> byMonth.add(month.figures().get(section).getOrDefault(key, 0L)));
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("total", total);
                figure.put("byMonth", byMonth);
                keys.put(key, figure);
            });
            sections.put(section, keys);
        });
        body.put("figures", sections);
        return body;
    }
}
