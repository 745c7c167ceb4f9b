package be.hotline.gateway.config;

import be.hotline.gateway.tls.OwnKeyUse;
import be.hotline.gateway.tls.ReloadingKeyManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpEndpoint;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;

/**
 * The gateway's own keys, each read once from its keystore file and shared by every TLS context that presents it;
 * the route {@code own-keys-reload} takes a changed file without a restart ({@link OwnKeys#reloadIfChanged}).
 */
final class OwnKeysWiring {

    static final String BEAN = "ownKeys";

    /** The keys in use; the timer route asks them to re-read their files. */
    public static final class OwnKeys {
        private final Map<String, ReloadingKeyManager> keys = new LinkedHashMap<>();

        public synchronized void reloadIfChanged() {
            keys.values().forEach(ReloadingKeyManager::reloadIfChanged);
        }

        /** The key read from {@code setting}, read now if no TLS context asked for it before. */
        synchronized ReloadingKeyManager key(String setting, Supplier<ReloadingKeyManager> read) {
            return keys.computeIfAbsent(setting, ignored -> read.get());
        }
    }

    private OwnKeysWiring() {
    }

    /** The partner API's server key (gateway.partner-api.keystore), also the ops port's when gateway.ops.tls=true. */
    static ReloadingKeyManager partnerApiKey(CamelContext camelContext, GatewaySettings.Reader read, Clock clock) {
        return shared(camelContext).key("gateway.partner-api.keystore", () -> new ReloadingKeyManager(
                "partner API server certificate", OwnKeyUse.SERVER, Path.of(read.text("gateway.partner-api.keystore")),
                read.text("gateway.partner-api.keystore-password").toCharArray(), clock));
    }

    /**
     * The client key of deliveries and relays (gateway.outbound.keystore), one for all partners. After a reload the
     * idle kept-alive delivery connections (made with the old key) are closed, so the next delivery presents the new one.
     */
    static ReloadingKeyManager outboundKey(CamelContext camelContext, GatewaySettings.Reader read, Clock clock) {
        return shared(camelContext).key("gateway.outbound.keystore", () -> {
            ReloadingKeyManager key = new ReloadingKeyManager("outbound client certificate", OwnKeyUse.CLIENT,
                    Path.of(read.text("gateway.outbound.keystore")),
                    read.text("gateway.outbound.keystore-password").toCharArray(), clock);
            key.onReload(() -> closeIdleDeliveryConnections(camelContext));
            return key;
        });
    }

    /**
     * The signing key (gateway.signing.keystore): a key of its own, never the TLS key. Receipts, outbound messages
     * and audit checkpoints are signed with whatever key is in force when they are made.
     */
    static ReloadingKeyManager signingKey(CamelContext camelContext, GatewaySettings.Reader read, Clock clock) {
        return shared(camelContext).key("gateway.signing.keystore", () -> new ReloadingKeyManager("signing certificate",
                OwnKeyUse.SIGNING, Path.of(read.text("gateway.signing.keystore")),
                read.text("gateway.signing.keystore-password").toCharArray(), clock));
    }

    private static void closeIdleDeliveryConnections(CamelContext camelContext) {
        camelContext.getEndpoints().stream()
                .filter(HttpEndpoint.class::isInstance)
                .map(endpoint -> ((HttpEndpoint) endpoint).getClientConnectionManager())
                .filter(PoolingHttpClientConnectionManager.class::isInstance)
                .forEach(pool -> ((PoolingHttpClientConnectionManager) pool).closeIdle(TimeValue.ZERO_MILLISECONDS));
    }

    private static OwnKeys shared(CamelContext camelContext) {
        OwnKeys existing = camelContext.getRegistry().lookupByNameAndType(BEAN, OwnKeys.class);
        if (existing != null) {
            return existing;
        }
        OwnKeys created = new OwnKeys();
        camelContext.getRegistry().bind(BEAN, created);
        return created;
    }
}
