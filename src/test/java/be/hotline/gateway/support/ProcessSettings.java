package be.hotline.gateway.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for a real gateway process delivering to partner simulators: quick polls, short timeouts, fast retries. */
public final class ProcessSettings {

    private ProcessSettings() {
    }

    /** A mutable map: a test adds what it is about (a short lease, the JSON log format, ...). */
    public static Map<String, String> againstSimulators(TestDatabase database, int partnerPort, Path registry, Path gatewayClientP12) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("gateway.db.url", database.jdbcUrl());
        settings.put("gateway.db.user", database.user());
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.partners.file", registry.toString());
        settings.put("gateway.outbound.keystore", gatewayClientP12.toString());
        settings.put("gateway.outbox.poll-interval-ms", "50");
        settings.put("gateway.outbound.connect-timeout-ms", "500");
        settings.put("gateway.outbound.response-timeout-ms", "2000");
        settings.put("gateway.retry.initial-delay", "PT0.2S");
        settings.put("gateway.retry.jitter", "0");
        return settings;
    }
}
