package be.hotline.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.ops.health.RevocationSourcesCheck;
import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.partner.PartnerLimits;
import be.hotline.gateway.partner.RevocationMode;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.revocation.RevocationPki.Leaf;
import be.hotline.gateway.support.FreePort;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * What ops see of revocation: an unreachable CRL is a readiness warning (still UP) naming the source and a gauge
 * of unreachable sources; a refusal is counted per partner and reason. A soft partner is still let in meanwhile.
 */
class RevocationHealthAndMetricsTest {

    private final RevocationPki pki = new RevocationPki("Revocation Health Test CA");
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final GatewayMetrics metrics = new GatewayMetrics(meters);
    private final PartnerRevocation revocation = new PartnerRevocation(new RevocationSources(
            new RevocationSettings(Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofHours(1))), Clock.systemUTC(),
            (partner, verdict) -> metrics.revocationRefused(partner, verdict.status().name().toLowerCase()));
    private final String nobodyListens = "http://127.0.0.1:" + FreePort.find() + "/ca.crl";

    @Test
    void anUnreachableCrlWarnsCountsAndRefusesOnlyStrictPartners() throws Exception {
        metrics.watchRevocationSources(() -> revocation.sourceProblems().size());
        RevocationSourcesCheck health = new RevocationSourcesCheck(revocation::sourceProblems);
        health.setCamelContext(new DefaultCamelContext());
        X509Certificate[] softChain = chain(pki.issue(Leaf.client("soft partner", nobodyListens, null)));
        X509Certificate[] strictChain = chain(pki.issue(Leaf.client("strict partner", nobodyListens, null)));
        assertThat(health.call().getMessage()).hasValueSatisfying(message -> assertThat(message).doesNotContain("WARNING"));

        Optional<String> soft = revocation.clientRefusal(partner("soft-partner", RevocationMode.SOFT), softChain);
        Optional<String> strict = revocation.clientRefusal(partner("strict-partner", RevocationMode.STRICT), strictChain);

        assertThat(soft).isEmpty();
        assertThat(strict).hasValueSatisfying(why -> assertThat(why).contains("unknown").contains(nobodyListens));
        HealthCheck.Result result = health.call();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith("WARNING").contains(nobodyListens));
        String scrape = meters.scrape();
        assertThat(scrape).contains("hotline_revocation_sources_unreachable 1.0");
        assertThat(scrape).contains("hotline_revocation_refusals_total{partner=\"strict-partner\",reason=\"unknown\"} 1.0");
        assertThat(scrape).doesNotContain("partner=\"soft-partner\"");
    }

    private Partner partner(String id, RevocationMode mode) {
        return new Partner(id, id, PartnerKind.HOTLINE, "NL", true, List.of(), List.of(pki.ca.certificate()),
                Optional.empty(), Set.of(), new Partner.Inbound(mode, List.of(), PartnerLimits.DEFAULT));
    }

    private static X509Certificate[] chain(IssuedCertificate issued) {
        return issued.chain().toArray(X509Certificate[]::new);
    }
}
