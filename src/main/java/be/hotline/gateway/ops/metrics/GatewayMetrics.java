package be.hotline.gateway.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The gateway's own counters, called by the intake and feedback endpoints, the delivery dispatcher (one line
 * each, through {@link #of}) and the ops sign-in. Labels are partner ids, formats and outcomes only: never
 * references, never user names or addresses.
 */
public final class GatewayMetrics {

    public static final String BEAN = "gatewayMetrics";
    private static final GatewayMetrics NONE = new GatewayMetrics(null);
    private final PrometheusMeterRegistry registry;

    public GatewayMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** The gateway's metrics, or a no-op where none is bound (unit tests of single routes). */
    public static GatewayMetrics of(Exchange exchange) {
        return of(exchange.getContext());
    }

    /** As {@link #of(Exchange)}, where there is no exchange (a TLS handshake). */
    public static GatewayMetrics of(CamelContext context) {
        GatewayMetrics metrics = context.getRegistry().lookupByNameAndType(BEAN, GatewayMetrics.class);
        return metrics == null ? NONE : metrics;
    }

    /**
     * Counts a report submission once the exchange is answered, by the HTTP status it got: a failure after
     * this point (invalid report, database down) is counted too.
     */
    public void countIntake(Exchange exchange, String partner, String format) {
        if (registry == null) {
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                int status = done.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
                Counter.builder("hotline.reports.received").description("Report submissions by outcome")
                        .tags("partner", partner, "format", format, "outcome", intakeOutcome(status)).register(registry).increment();
            }
        });
    }

    static String intakeOutcome(int status) {
        if (status == 202) {
            return "accepted";
        }
        if (status == 200) {
            return "duplicate";
        }
        if (status == 409) {
            return "conflict";
        }
        return status >= 400 && status < 500 ? "rejected" : "error";
    }

    /**
     * One delivery attempt and what followed it.
     *
     * @param next the delivery's state after the attempt: PENDING means it will be retried
     */
    public void deliveryAttempt(String partner, boolean succeeded, Duration latency, String next) {
        if (registry == null) {
            return;
        }
        Counter.builder("hotline.delivery.attempts").description("Delivery attempts")
                .tags("partner", partner, "result", succeeded ? "success" : "failure").register(registry).increment();
        Timer.builder("hotline.delivery.latency").description("Time of one delivery attempt").publishPercentileHistogram()
                .tags("partner", partner).register(registry).record(latency);
        if ("PENDING".equals(next)) {
            Counter.builder("hotline.delivery.retries").description("Attempts that failed and will be retried")
                    .tags("partner", partner).register(registry).increment();
        } else {
            Counter.builder("hotline.deliveries").description("Deliveries that reached an end state")
                    .tags("partner", partner, "outcome", next.toLowerCase(java.util.Locale.ROOT)).register(registry).increment();
        }
    }

    public void feedbackReceived(String partner, String type, String outcome) {
        if (registry == null) {
            return;
        }
        Counter.builder("hotline.feedback.received").description("Feedback items received")
                .tags("partner", partner, "type", type, "outcome", outcome.toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
    }

    /**
     * A refused ops sign-in.
     *
     * @param method password, basic or certificate
     * @param reason bad_credentials, unknown_certificate or throttled
     */
    public void opsLoginFailure(String method, String reason) {
        if (registry == null) {
            return;
        }
        Counter.builder("hotline.ops.login.failures").description("Ops sign-ins refused, by how and why")
                .tags("method", method, "reason", reason).register(registry).increment();
    }

    /**
     * A partner certificate refused for revocation, in the partner API or a delivery's handshake.
     *
     * @param reason revoked, or unknown (a strict partner whose status could not be established)
     */
    public void revocationRefused(String partner, String reason) {
        if (registry == null) {
            return;
        }
        Counter.builder("hotline.revocation.refusals").description("Partner certificates refused as revoked or of unknown status")
                .tags("partner", partner, "reason", reason).register(registry).increment();
    }

    /** Rows purged by a retention run, per data class (reporter-contact, content). */
    public void retentionPurged(String dataClass, int reports) {
        if (registry == null || reports == 0) {
            return;
        }
        Counter.builder("hotline.retention.purged").description("Reports whose data of a class retention removed")
                .tags("data_class", dataClass).register(registry).increment(reports);
    }

    /** How many revocation sources (CRL locations, OCSP responders) are unreachable or stale, read at each scrape. */
    public void watchRevocationSources(Supplier<Number> unreachable) {
        if (registry == null) {
            return;
        }
        Gauge.builder("hotline.revocation.sources.unreachable", unreachable)
                .description("CRL locations and OCSP responders whose last fetch failed or whose copy expired")
                .register(registry);
    }

    /** Requests in flight from this node to the partner (its deliveries claimed and not yet recorded), read at each scrape. */
    public void watchInFlight(String partner, Supplier<Number> inFlight) {
        if (registry == null) {
            return;
        }
        Gauge.builder("hotline.outbound.in.flight", inFlight)
                .description("Requests in flight from this node to the partner, at most its outbound.maxConcurrent")
                .tags("partner", partner).register(registry);
    }
}
