package be.hotline.gateway.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Push-to-delivery latency percentiles. */
record Latencies(long[] sortedMillis) {

    static Latencies of(Map<String, Long> sentNanos, Function<String, Long> arrivedNanos) {
        long[] millis = sentNanos.entrySet().stream()
                .filter(e -> arrivedNanos.apply(e.getKey()) != null)
                .mapToLong(e -> (arrivedNanos.apply(e.getKey()) - e.getValue()) / 1_000_000)
                .sorted().toArray();
        return new Latencies(millis);
    }

    Map<String, String> describe(String label) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(label + " samples", Integer.toString(sortedMillis.length));
        lines.put(label + " p50 ms", Long.toString(percentile(50)));
        lines.put(label + " p95 ms", Long.toString(percentile(95)));
        lines.put(label + " p99 ms", Long.toString(percentile(99)));
        return lines;
    }

    long percentile(int p) {
        if (sortedMillis.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
        return sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))];
    }

    @Override
    public String toString() {
        return Arrays.toString(sortedMillis);
    }
}
