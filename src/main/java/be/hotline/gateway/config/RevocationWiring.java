package be.hotline.gateway.config;

import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.RevocationMode;
import be.hotline.gateway.revocation.PartnerRevocation;
import be.hotline.gateway.revocation.RevocationRefresher;
import be.hotline.gateway.revocation.RevocationSettings;
import be.hotline.gateway.revocation.RevocationSources;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;

/**
 * The gateway's one {@link PartnerRevocation}, shared by the partner API (client certificates) and the deliveries
 * (server certificates): whichever wiring asks first makes it, with its background refresher started and stopped
 * with Camel, and the registry's CRLs queued for the refresher's first round.
 */
final class RevocationWiring {

    static final String BEAN = "partnerRevocation";

    private RevocationWiring() {
    }

    static PartnerRevocation shared(CamelContext camelContext, GatewaySettings.Reader read, PartnerDirectory partners,
                                    Clock clock) {
        PartnerRevocation existing = camelContext.getRegistry().lookupByNameAndType(BEAN, PartnerRevocation.class);
        if (existing != null) {
            return existing;
        }
        RevocationSources sources = new RevocationSources(new RevocationSettings(read.duration("gateway.revocation.refresh"),
                read.duration("gateway.revocation.timeout"), read.duration("gateway.revocation.max-age")));
        watchRegistryCrls(sources, partners, clock.instant());
        PartnerRevocation revocation = new PartnerRevocation(sources, clock, (partner, verdict) ->
                GatewayMetrics.of(camelContext).revocationRefused(partner, verdict.status().name().toLowerCase(Locale.ROOT)));
        try {
            camelContext.addService(new RevocationRefresher(sources, clock), true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the revocation refresher", e);
        }
        camelContext.getRegistry().bind(BEAN, revocation);
        return revocation;
    }

    /** Each registry CRL with each CA of its partner (a CRL of one CA is simply not used for the other). */
    private static void watchRegistryCrls(RevocationSources sources, PartnerDirectory partners, Instant now) {
        for (Partner partner : partners.all()) {
            if (partner.inbound().revocation() == RevocationMode.OFF) {
                continue;
            }
            Stream<X509Certificate> cas = Stream.concat(partner.trustedCas().stream(),
                    partner.outbound().stream().flatMap(outbound -> outbound.trustedCas().stream())).distinct();
            cas.forEach(ca -> partner.inbound().crls().forEach(location -> sources.watchCrl(location, ca, now)));
        }
    }
}
