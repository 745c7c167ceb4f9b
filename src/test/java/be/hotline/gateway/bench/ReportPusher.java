package be.hotline.gateway.bench;

import be.hotline.gateway.support.PartnerClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Partners posting distinct reports made from the docs/api example ({@link UniqueReports}) over kept-alive mTLS connections. */
final class ReportPusher {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
    private final List<PartnerClient> partners;
    private final int connections;
    private final UniqueReports reports = new UniqueReports();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    ReportPusher(List<PartnerClient> partners, int connections) throws Exception {
        this.partners = partners;
        this.connections = connections;
    }

    record Result(int accepted, double seconds, Map<String, Long> sentNanosByReference) {
        double perSecond() {
            return accepted / seconds;
        }
    }

    List<String> accepted() {
        return accepted;
    }

    Result pushAsFastAsPossible(String phase, int reports) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(reports);
        return run(phase, () -> left.getAndDecrement() > 0, 0);
    }

    Result pushPaced(String phase, int perSecond, int seconds) throws InterruptedException {
        AtomicInteger left = new AtomicInteger(perSecond * seconds);
        long intervalNanos = 1_000_000_000L / perSecond;
        return run(phase, () -> left.getAndDecrement() > 0, intervalNanos);
    }

    private Result run(String phase, java.util.function.BooleanSupplier more, long intervalNanos) throws InterruptedException {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        AtomicInteger slot = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            PartnerClient client = partners.get(c % partners.size());
            pool.submit(() -> {
                while (more.getAsBoolean()) {
                    if (intervalNanos > 0) {
                        long due = start + slot.getAndIncrement() * intervalNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    byte[] body = reports.body("BENCH-" + phase + "-" + sequence.incrementAndGet());
                    long sentAt = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.post("/api/v1/reports", "application/json", body);
                        Matcher reference = REFERENCE.matcher(response.body());
                        if (response.statusCode() == 202 && reference.find()) {
                            accepted.add(reference.group(1));
                            sent.put(reference.group(1), sentAt);
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-8s %d accepted, %d failed in %.1f s (%.0f/s)%n", phase, ok.get(), failed.get(), seconds, ok.get() / seconds);
        return new Result(ok.get(), seconds, sent);
    }
}
