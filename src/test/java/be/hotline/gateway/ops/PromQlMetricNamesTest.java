package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void aBareMetricAndOneWithMatchers() {
        assertThat(PromQlMetricNames.in("hotline_audit_chain_intact == 0")).containsExactly("hotline_audit_chain_intact");
        assertThat(PromQlMetricNames.in("hotline_outbox_deliveries{state=\"dead\"} > 0"))
                .containsExactly("hotline_outbox_deliveries");
    }

    @Test
    void functionsAggregationsAndTheirLabelListsAreNotMetrics() {
        assertThat(PromQlMetricNames.in(
                "histogram_quantile(0.99, sum by (partner, le) (rate(hotline_delivery_latency_seconds_bucket[5m])))"))
                .containsExactly("hotline_delivery_latency_seconds_bucket");
        assertThat(PromQlMetricNames.in("sum(rate(x_total[1m])) without (instance) / on(job) group_left(owner) y"))
                .containsExactly("x_total", "y");
    }

    @Test
    void grafanaVariablesStringsAndLabelValuesAreNotMetrics() {
        assertThat(PromQlMetricNames.in("sum by (outcome) (increase(hotline_reports_received_total"
                + "{partner=~\"$partner\", outcome!~\"accepted|duplicate\"}[$__rate_interval]))"))
                .containsExactly("hotline_reports_received_total");
        assertThat(PromQlMetricNames.in("label_replace(up, \"host\", \"$1\", \"instance\", \"(.*):.*\")"))
                .containsExactly("up");
    }

    @Test
    void numbersDurationsOffsetsAndKeywordsAreNotMetrics() {
        assertThat(PromQlMetricNames.in("a > 3 * b offset 10m + 0.01 and c > bool 1e3 unless d < Inf"))
                .containsExactly("a", "b", "c", "d");
        assertThat(PromQlMetricNames.in("max_over_time(g[1h]) - min_over_time(g[1h:5m]) > 0")).containsExactly("g");
    }

    @Test
    void metricNamesMayHoldDigitsAndColons() {
        assertThat(PromQlMetricNames.in("job:http_2xx:rate5m + node_load15")).containsExactly("job:http_2xx:rate5m",
                "node_load15");
    }

    @Test
    void aConstantHasNoMetric() {
        assertThat(PromQlMetricNames.in("vector(1)")).isEmpty();
    }
}
