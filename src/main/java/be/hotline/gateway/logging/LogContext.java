package be.hotline.gateway.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The report a thread is working on, for every log line it writes meanwhile: the fields {@code reference} and
 * {@code partner} of the logging context (SLF4J MDC). Opened where the work on a report starts, always in
 * try-with-resources: closing puts back what the thread had before, so a pooled thread (Jetty, the delivery
 * pool) never carries one report's context into the next, whichever way the work ended.
 */
public final class LogContext implements AutoCloseable {

    public static final String REFERENCE = "reference";
    public static final String PARTNER = "partner";

    private final Map<String, String> before = new LinkedHashMap<>();

    private LogContext() {
    }

    /** Work for a partner; the report's reference may follow once it is known. */
    public static LogContext partner(String partnerId) {
        return new LogContext().put(PARTNER, partnerId);
    }

    /** Work on one report for one partner (the sender, or the receiver of a delivery). */
    public static LogContext report(String reference, String partnerId) {
        return partner(partnerId).reference(reference);
    }

    public LogContext reference(String reference) {
        return put(REFERENCE, reference);
    }

    private LogContext put(String key, String value) {
        if (value == null) {
            return this;
        }
        before.putIfAbsent(key, MDC.get(key));
        MDC.put(key, value);
        return this;
    }

    @Override
    public void close() {
        before.forEach((key, value) -> {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        });
    }
}
