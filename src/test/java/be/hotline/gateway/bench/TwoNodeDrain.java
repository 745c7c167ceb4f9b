package be.hotline.gateway.bench;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.HttpsSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The backlog drain with a second gateway node on the same PostgreSQL (docs/ops, "Running several nodes"): the
 * receiver goes down, the backlog is pushed to the first node, a second node starts beside it, and once the receiver
 * is back both claim from the one outbox. Measures what a second node adds to the drain.
 */
final class TwoNodeDrain {

    private TwoNodeDrain() {
    }

    static Map<String, String> measure(Map<String, String> firstNodeSettings, Path folder, HttpsSink sink,
                                       ReportPusher firstNode, int backlog, Duration outage) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(firstNodeSettings);
        int port = FreePort.find();
        settings.put("gateway.partner-api.port", Integer.toString(port));
        Map<String, String> results = new LinkedHashMap<>();
        try (GatewayProcess second = GatewayProcess.start(settings, port, folder.resolve("gateway-2.log"))) {
            sink.stop();
            long outageEnds = System.nanoTime() + outage.toNanos();
            firstNode.pushAsFastAsPossible("backlog-2", backlog);
            Thread.sleep(Math.max(0, (outageEnds - System.nanoTime()) / 1_000_000));
            int before = sink.distinctArrived();
            sink.start();
            awaitAbove(sink::distinctArrived, before);
            long resumed = System.nanoTime();
            GatewayBenchmark.awaitDelivered(sink, firstNode.accepted(), Duration.ofMinutes(15));
            double seconds = (System.nanoTime() - resumed) / 1e9;
            results.put("two nodes: backlog drain reports/s", String.format("%.0f", (sink.distinctArrived() - before) / seconds));
            results.put("two nodes: second node's peak RSS MiB", Long.toString(second.peakRssKib() / 1024));
        }
        return results;
    }

    private static void awaitAbove(IntSupplier count, int floor) throws InterruptedException {
        while (count.getAsInt() == floor) {
            Thread.sleep(5);
        }
    }
}
