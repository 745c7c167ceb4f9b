package be.hotline.gateway.config;

import be.hotline.gateway.access.BlockedCertificates;
import be.hotline.gateway.access.PartnerAdmission;
import be.hotline.gateway.access.RegistryKeyStrength;
import be.hotline.gateway.access.RequestLimits;
import be.hotline.gateway.access.RevocationGuard;
import be.hotline.gateway.api.GatewayPaths;
import be.hotline.gateway.api.PartnerAuthenticator;
import be.hotline.gateway.api.PartnerGate;
import be.hotline.gateway.api.ProblemJsonErrorHandler;
import be.hotline.gateway.ops.CertificateBlocksEndpoint;
import be.hotline.gateway.ops.PartnerRegistryEndpoint;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryLoader;
import be.hotline.gateway.partner.PartnerRegistryReloader;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.BlockedCertificateStore;
import be.hotline.gateway.store.OpsAudit;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.tls.PartnerApiTls;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jetty.JettyHttpComponent;
import org.apache.camel.spi.Registry;

/**
 * Wires the partner API's trust boundary: TLS (client certificates required, checked in the handshake), the
 * gate in front of every route (identity, body bounds, limits, before any body byte is read), blocked
 * certificates, and the registry reload, with their ops API.
 */
final class PartnerApiWiring {

    private PartnerApiWiring() {
    }

    static void wire(CamelContext camelContext, GatewaySettings settings, GatewaySettings.Reader read,
                     PartnerDirectory partners, RevocationGuard revocation, Transactions transactions, Clock clock) {
        Registry registry = camelContext.getRegistry();
        BlockedCertificates blocked = new BlockedCertificates(new BlockedCertificateStore(transactions), clock);
        blocked.refresh();
        registry.bind("blockedCertificates", blocked);

        JettyHttpComponent jetty = camelContext.getComponent("jetty", JettyHttpComponent.class);
        jetty.setSslContextParameters(PartnerApiTls.serverParameters(OwnKeysWiring.partnerApiKey(camelContext, read, clock),
                settings.partnerApiTlsProtocols(), partners, blocked));
        jetty.setErrorHandler(new ProblemJsonErrorHandler(Map.of(
                GatewayPaths.REPORTS, "GET, POST",
                GatewayPaths.REPORTS + "/[^/]+", "GET",
                GatewayPaths.REPORTS + "/[^/]+/feedback", "POST",
                GatewayPaths.TAKEDOWN_STATS, "GET",
                GatewayPaths.YEARLY_STATS, "GET",
                GatewayPaths.DELIVERIES, "GET",
                GatewayPaths.DELIVERIES + "/[^/]+/redeliver", "POST")));
        jetty.setSendServerVersion(false);
        jetty.setRequestHeaderSize(read.integer("gateway.partner-api.max-header-bytes"));

        PartnerAdmission admission = new PartnerAdmission(partners, blocked, revocation, new RequestLimits());
        PartnerGate gate = new PartnerGate(admission, settings.maxBodyBytes(),
                read.duration("gateway.partner-api.idle-timeout"), read.duration("gateway.partner-api.header-timeout"));
        blocked.onBlocked(gate::cutOff);
        registry.bind("partnerGate", gate);
        registry.bind("partnerAuthenticator", new PartnerAuthenticator());
        PartnerRegistryReloader reloader = new PartnerRegistryReloader(Path.of(settings.partnersFile()), partners,
                new PartnerRegistryLoader(), loaded -> {
                    RoutingRules.requireRoutable(loaded);
                    RegistryKeyStrength.requireStrongCas(loaded);
                }, clock);
        registry.bind("partnerRegistryReloader", reloader);
        registry.bind("opsCertificateBlocks", new CertificateBlocksEndpoint(blocked));
        registry.bind("opsPartnerRegistry", new PartnerRegistryEndpoint(reloader, new OpsAudit(transactions), clock));
    }
}
