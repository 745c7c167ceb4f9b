package be.hotline.gateway.config;

import be.hotline.gateway.delivery.RetryPolicy;
import be.hotline.gateway.delivery.RetrySettings;
import be.hotline.gateway.dispatch.DeliveryDispatcher;
import be.hotline.gateway.signing.CmsSigner;
import be.hotline.gateway.format.outbound.OutboundFormats;
import be.hotline.gateway.outbox.CircuitBreakers;
import be.hotline.gateway.outbox.DeliveryService;
import be.hotline.gateway.outbox.DeliveryTerms;
import be.hotline.gateway.outbox.InFlight;
import be.hotline.gateway.outbox.OutboundMessages;
import be.hotline.gateway.outbox.OutboxSettings;
import be.hotline.gateway.outbox.RelayMessages;
import be.hotline.gateway.outbox.SendSlots;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.ItemMoveQueries;
import be.hotline.gateway.store.OutboxStore;
import be.hotline.gateway.tls.OutboundTls;
import be.hotline.gateway.tls.ReloadingKeyManager;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

/** Wires the delivery side: outbound TLS and endpoints per partner, retry policies, breakers, the dispatcher. */
final class DeliveryWiring {

    /** The bean counting requests in flight per partner, for the metrics. */
    static final String IN_FLIGHT = "outboundInFlight";

    private DeliveryWiring() {
    }

    static void wire(CamelContext camelContext, GatewaySettings.Reader read, PartnerDirectory partners, CmsSigner signer,
                     OutboxStore outbox, OutboundFormats formats, RelayMessages relays, RoutingRules routing, Clock clock,
                     ItemMoveQueries moves) {
        configureHttp(camelContext, read);
        Map<String, String> endpoints = new HashMap<>();
        Map<String, String> relayEndpoints = new HashMap<>();
        Map<String, DeliveryTerms> terms = new HashMap<>();
        Duration defaultAckDeadline = read.duration("gateway.ack.deadline");
        RetrySettings defaults = retryDefaults(read);
        ReloadingKeyManager clientKey = OwnKeysWiring.outboundKey(camelContext, read, clock);
        for (Partner partner : partners.all()) {
            if (partner.outbound().isEmpty()) {
                continue;
            }
            Partner.OutboundEndpoint outbound = partner.outbound().get();
            formats.byName(outbound.format()); // an unknown format stops the start, naming the known ones
            String tlsBean = "outboundTls-" + partner.id();
            camelContext.getRegistry().bind(tlsBean, OutboundTls.forPartner(clientKey, read.list("gateway.outbound.tls-protocols"),
                    partner, partners, RevocationWiring.shared(camelContext, read, partners, clock)));
            if (outbound.url() != null) {
                endpoints.put(partner.id(), endpointUri(outbound.url(), tlsBean));
            }
            if (outbound.feedbackUrl() != null) {
                relayEndpoints.put(partner.id(), endpointUri(outbound.feedbackUrl(), tlsBean));
            }
            terms.put(partner.id(), new DeliveryTerms(new RetryPolicy(retrySettings(defaults, outbound), new Random()),
                    outbound.ackDeadline() == null ? defaultAckDeadline : outbound.ackDeadline()));
        }
        OutboxSettings settings = new OutboxSettings(nodeName(read), read.integer("gateway.outbox.batch-size"),
                read.duration("gateway.outbox.lease"));
        Duration longestCall = Duration.ofMillis(read.integer("gateway.outbound.connect-timeout-ms")
                + (long) read.integer("gateway.outbound.response-timeout-ms"));
        settings.requireLeaseLongerThan(longestCall);
        int threads = read.integer("gateway.outbox.threads");
        settings.requireBatchWithin(threads);
        CircuitBreakers breakers = new CircuitBreakers(read.integer("gateway.circuit.failure-threshold"),
                read.duration("gateway.circuit.open-for"), clock);
        InFlight inFlight = new InFlight(partnerId -> partners.byId(partnerId).flatMap(Partner::outbound)
                .map(Partner.OutboundEndpoint::maxConcurrent).orElse(Partner.OutboundEndpoint.DEFAULT_MAX_CONCURRENT));
        camelContext.getRegistry().bind(IN_FLIGHT, inFlight);
        DeliveryService service = new DeliveryService(outbox, new OutboundMessages(formats, partners, routing, relays,
                moves::currentLocations),
                terms, breakers, settings, new SendSlots(threads), inFlight, clock);
        camelContext.getRegistry().bind("circuitBreakers", breakers);
        camelContext.getRegistry().bind("deliveryDispatcher", new DeliveryDispatcher(service, endpoints, relayEndpoints, signer, clock,
                longestCall));
        ExecutorService pool = camelContext.getExecutorServiceManager()
                .newFixedThreadPool(DeliveryWiring.class, "delivery", threads);
        camelContext.getRegistry().bind("deliveryPool", pool);
        camelContext.getRegistry().bind("deliveryAttempts", new GroupedBodyAggregationStrategy());
    }

    /** camel-http answers every status to us (the retry policy decides), with the partner's own TLS settings. */
    private static String endpointUri(String url, String tlsBean) {
        return url + (url.contains("?") ? "&" : "?") + "throwExceptionOnFailure=false&sslContextParameters=#" + tlsBean;
    }

    /** One https component for all partners (deliveries and relays): explicit timeouts, no retries of its own (the outbox retries). */
    private static void configureHttp(CamelContext camelContext, GatewaySettings.Reader read) {
        HttpComponent https = camelContext.getComponent("https", HttpComponent.class);
        https.setAutomaticRetriesDisabled(true);
        // Each partner endpoint has its own TLS settings and pool; without this, httpclient marks connections
        // made with a client certificate as stateful and never reuses them: a full handshake per delivery.
        https.setConnectionStateDisabled(true);
        // Stated, not assumed: a partner's certificate must name the host we call.
        https.setX509HostnameVerifier(new DefaultHostnameVerifier());
        // A receiver gets the headers docs/api/delivery.md lists and no others: no User-Agent naming our HttpClient
        // and Java versions, no Accept-Encoding (we never want a compressed answer), no cookie sent back.
        https.setDefaultUserAgentDisabled(true);
        https.setContentCompressionDisabled(true);
        https.setCookieManagementDisabled(true);
        https.setConnectTimeout(read.integer("gateway.outbound.connect-timeout-ms"));
        https.setConnectionRequestTimeout(read.integer("gateway.outbound.connect-timeout-ms"));
        https.setResponseTimeout(read.integer("gateway.outbound.response-timeout-ms"));
        https.setSoTimeout(read.integer("gateway.outbound.response-timeout-ms"));
        https.setMaxTotalConnections(read.integer("gateway.outbox.threads") * 4);
        https.setConnectionsPerRoute(read.integer("gateway.outbox.threads"));
        // A kept-alive connection is never re-checked: it ends after one revocation refresh, so a partner server
        // certificate revoked meanwhile meets a new handshake (and its revocation check) within that time.
        https.setConnectionTimeToLive(read.duration("gateway.revocation.refresh").toMillis());
    }

    private static RetrySettings retryDefaults(GatewaySettings.Reader read) {
        return new RetrySettings(read.duration("gateway.retry.initial-delay"), read.decimal("gateway.retry.multiplier"),
                read.duration("gateway.retry.max-delay"), read.decimal("gateway.retry.jitter"),
                read.integer("gateway.retry.max-attempts"), read.duration("gateway.retry.max-age"));
    }

    private static RetrySettings retrySettings(RetrySettings defaults, Partner.OutboundEndpoint outbound) {
        Duration initial = outbound.retryInitialDelay() == null ? defaults.initialDelay() : outbound.retryInitialDelay();
        return new RetrySettings(initial, defaults.multiplier(),
                defaults.maxDelay().compareTo(initial) < 0 ? initial : defaults.maxDelay(), defaults.jitter(),
                outbound.retryMaxAttempts() == null ? defaults.maxAttempts() : outbound.retryMaxAttempts(),
                outbound.retryMaxAge() == null ? defaults.maxAge() : outbound.retryMaxAge());
    }

    private static String nodeName(GatewaySettings.Reader read) {
        String configured = read.optional("gateway.node-name");
        return configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }
}
