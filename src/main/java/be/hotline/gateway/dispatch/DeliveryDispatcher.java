package be.hotline.gateway.dispatch;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.logging.LogContext;
import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.outbox.DeliveryService;
import be.hotline.gateway.outbox.OutboundMessages;
import be.hotline.gateway.signing.CmsSigner;
import be.hotline.gateway.store.AttemptRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel side of delivery: turns a claimed delivery into an HTTP request for the route's
 * camel-http call, and the call's answer or failure into an {@link AttemptResult}.
 */
public final class DeliveryDispatcher {

    public static final String ENDPOINT = "gatewayDeliveryEndpoint";
    public static final String SEND = "gatewaySend";
    public static final String MESSAGE_ID_HEADER = "X-Message-Id";
    /** Detached CMS over the exact body, with the gateway's signing key (docs/api/signatures.md). */
    public static final String SIGNATURE_HEADER = "X-Message-Signature";
    private static final String DELIVERY = "gateway.delivery";
    private static final String STARTED = "gateway.attemptStarted";
    private static final int MAX_RECEIPT = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryService deliveries;
    private final Map<String, String> endpointByPartner;
    private final Map<String, String> relayEndpointByPartner;
    private final CmsSigner signer;
    private final Clock clock;
    private final Duration longestCall;

    /**
     * @param endpointByPartner      where each partner receives reports
     * @param relayEndpointByPartner where each hotline receives news about reports it sent us
     * @param longestCall            connect + response timeout: a call is started only while the lease covers it
     */
    public DeliveryDispatcher(DeliveryService deliveries, Map<String, String> endpointByPartner,
                              Map<String, String> relayEndpointByPartner, CmsSigner signer, Clock clock,
                              Duration longestCall) {
        this.deliveries = deliveries;
        this.endpointByPartner = Map.copyOf(endpointByPartner);
        this.relayEndpointByPartner = Map.copyOf(relayEndpointByPartner);
        this.signer = signer;
        this.clock = clock;
        this.longestCall = longestCall;
    }

    /**
     * Claims what this node has free slots for. The slots come back when the batch's exchange completes,
     * however it ends: after its attempts are recorded, or when recording them failed.
     */
    public List<ClaimedDelivery> claimDue(Exchange exchange) {
        List<ClaimedDelivery> claimed = deliveries.claimDue();
        if (!claimed.isEmpty()) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    deliveries.finished(claimed);
                }
            });
        }
        return claimed;
    }

    /** Body: one ClaimedDelivery. Leaves the HTTP request on the exchange, or marks it not to be sent. */
    public void prepare(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getMessage().getBody(ClaimedDelivery.class);
        exchange.setProperty(DELIVERY, delivery);
        try (LogContext context = LogContext.report(delivery.reference(), delivery.partnerId())) {
            prepare(exchange, delivery);
        }
    }

    private void prepare(Exchange exchange, ClaimedDelivery delivery) {
        if (clock.instant().plus(longestCall).isAfter(delivery.leaseUntil())) {
            // Claimed but not started in time (an overloaded node): sent now, it could still be under way when the
            // lease ends and another node sends it too. Given back, it is claimed anew by whichever node has room.
            LOG.warn("delivery not sent: its lease ends before one call could: message={}", delivery.messageId());
            deliveries.releaseUnsent(delivery);
            exchange.setProperty(SEND, false);
            return;
        }
        OutboundMessages.Message message;
        try {
            message = deliveries.render(delivery);
        } catch (RuntimeException e) {
            // The canonical report holds no reporter, so a rendering failure cannot quote one.
            LOG.error("delivery cannot be rendered: message={}", delivery.messageId(), e);
            deliveries.giveUp(delivery, "cannot render the message: " + e.getMessage());
            exchange.setProperty(SEND, false);
            return;
        }
        Message http = exchange.getMessage();
        // Only these headers reach the partner: nothing internal leaks through camel-http.
        http.removeHeaders("*");
        // The enum itself: camel-http would otherwise convert the text for every request through a slow lookup.
        http.setHeader(Exchange.HTTP_METHOD, HttpMethods.POST);
        http.setHeader(Exchange.CONTENT_TYPE, message.mediaType());
        http.setHeader(MESSAGE_ID_HEADER, delivery.messageId());
        http.setHeader("X-Hotline-Reference", delivery.reference());
        // Signed at every attempt, over the bytes of this attempt: the signing time says when it was sent.
        http.setHeader(SIGNATURE_HEADER, signer.signBase64(message.body()));
        http.setBody(message.body());
        exchange.setProperty(ENDPOINT, (delivery.purpose() == DeliveryPurpose.FEEDBACK_RELAY ? relayEndpointByPartner
                : endpointByPartner).get(delivery.partnerId()));
        exchange.setProperty(SEND, true);
        exchange.setProperty(STARTED, clock.instant());
    }

    /**
     * After the camel-http call (or its failure, caught by the route): decides what follows and leaves the
     * attempt as the body, for {@link #recordAll} once the whole batch is back.
     */
    public void decide(Exchange exchange) {
        ClaimedDelivery delivery = exchange.getProperty(DELIVERY, ClaimedDelivery.class);
        AttemptResult result = resultOf(exchange);
        AttemptRecord attempt;
        try (LogContext context = LogContext.report(delivery.reference(), delivery.partnerId())) {
            attempt = deliveries.decide(delivery, result);
            GatewayMetrics.of(exchange).deliveryAttempt(delivery.partnerId(), result.succeeded(), result.latency(),
                    attempt.newStatus().name());
            LOG.info("delivery attempt: message={} attempt={} result={} latencyMs={} next={}", delivery.messageId(),
                    delivery.attempts() + 1, result.describe(), result.latency().toMillis(), attempt.newStatus());
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(attempt);
    }

    /** Body: the split's bodies; writes every attempt of the batch in one transaction. */
    public void recordAll(List<?> bodies) {
        deliveries.recordAll(bodies.stream().filter(AttemptRecord.class::isInstance).map(AttemptRecord.class::cast).toList());
    }

    private AttemptResult resultOf(Exchange exchange) {
        Instant started = exchange.getProperty(STARTED, Instant.class);
        Duration latency = Duration.between(started, clock.instant());
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure != null) {
            return AttemptResult.transportFailure(started, latency, TransportErrors.describe(failure));
        }
        Message response = exchange.getMessage();
        int status = response.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = response.getBody(String.class);
        if (body != null && body.length() > MAX_RECEIPT) {
            body = body.substring(0, MAX_RECEIPT);
        }
        return AttemptResult.status(started, latency, status, response.getHeader("Retry-After", String.class),
                body == null ? null : new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
