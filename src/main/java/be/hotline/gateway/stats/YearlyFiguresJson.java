package be.hotline.gateway.stats;

import be.hotline.gateway.store.YearlyFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The yearly figures as the JSON answer of the partner API and the ops API (the same shape for both). */
public final class YearlyFiguresJson {

    private YearlyFiguresJson() {
    }

    public static Map<String, Object> body(YearlyFigures figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", figures.year());
        body.put("timeZone", figures.timeZone().getId());
        body.put("from", figures.from().toString());
        body.put("to", figures.to().toString());
        body.put("total", figures.total());
        List<Map<String, Object>> months = figures.months().stream().map(month -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("month", month.month().toString());
            entry.put("from", month.from().toString());
            entry.put("to", month.to().toString());
            entry.put("figures", month.figures());
            return entry;
        }).toList();
        body.put("months", months);
        return body;
    }
}
