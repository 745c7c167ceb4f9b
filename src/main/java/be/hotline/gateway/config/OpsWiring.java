package be.hotline.gateway.config;

import be.hotline.gateway.ops.AuditChainWatch;
import be.hotline.gateway.ops.AuditEndpoint;
import be.hotline.gateway.ops.CertificateExpiry;
import be.hotline.gateway.ops.CertificateUsers;
import be.hotline.gateway.ops.ClientCertificateRequest;
import be.hotline.gateway.ops.ConsoleFiles;
import be.hotline.gateway.ops.DeliveriesEndpoint;
import be.hotline.gateway.ops.FollowUpWatch;
import be.hotline.gateway.ops.LoginGuard;
import be.hotline.gateway.ops.LoginThrottle;
import be.hotline.gateway.ops.NoStoreOnEveryAnswer;
import be.hotline.gateway.ops.OpsAuthenticator;
import be.hotline.gateway.ops.OpsPortVertx;
import be.hotline.gateway.ops.OpsLoginEndpoint;
import be.hotline.gateway.ops.OpsProblemResponder;
import be.hotline.gateway.ops.OpsSessions;
import be.hotline.gateway.ops.OpsUsers;
import be.hotline.gateway.ops.Overview;
import be.hotline.gateway.ops.OverviewEndpoint;
import be.hotline.gateway.ops.OverviewService;
import be.hotline.gateway.ops.ReportsEndpoint;
import be.hotline.gateway.ops.WatchEndpoint;
import be.hotline.gateway.ops.WatchSettings;
import be.hotline.gateway.ops.health.AuditChainCheck;
import be.hotline.gateway.ops.health.DatabaseCheck;
import be.hotline.gateway.ops.health.DiskSpaceCheck;
import be.hotline.gateway.ops.health.HealthEndpoint;
import be.hotline.gateway.ops.health.OutboxCheck;
import be.hotline.gateway.ops.health.PartnerRegistryCheck;
import be.hotline.gateway.ops.health.RevocationSourcesCheck;
import be.hotline.gateway.ops.health.RoutesCheck;
import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.ops.metrics.MetricsEndpoint;
import be.hotline.gateway.ops.metrics.OpsGauges;
import be.hotline.gateway.outbox.CircuitBreakers;
import be.hotline.gateway.outbox.InFlight;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryReloader;
import be.hotline.gateway.revocation.PartnerRevocation;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.store.OpsAudit;
import be.hotline.gateway.store.OpsDeliveryQueries;
import be.hotline.gateway.store.OpsReportQueries;
import be.hotline.gateway.store.OutboxFigures;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.store.audit.AuditTrail;
import be.hotline.gateway.store.ItemMoveQueries;
import be.hotline.gateway.store.WatchQueries;
import be.hotline.gateway.tls.ReloadingKeyManager;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.spi.Registry;

/** Wires the ops port: users and sessions, health checks, metrics, the ops API and the console files. */
final class OpsWiring {

    private OpsWiring() {
    }

    static void wire(CamelContext camelContext, GatewaySettings.Reader read, PartnerDirectory partners,
                     Transactions transactions, Clock clock) {
        Registry registry = camelContext.getRegistry();
        PortCheck.requireFree("the ops port (gateway.ops.host/port)", read.text("gateway.ops.host"), read.integer("gateway.ops.port"));
        OpsUsers.refuseMistakenVariable(System.getenv());
        OpsUsers users = OpsUsers.parse(read.optional("gateway.ops.user-password"));
        users.requireSafeFor(read.optional("gateway.mode"));
        CertificateUsers certificateUsers = CertificateUsers.parse(read.optional("gateway.ops.client-certificates"), users);
        boolean tls = Boolean.parseBoolean(read.optional("gateway.ops.tls"));
        PrometheusMeterRegistry meters = meterRegistry(camelContext);
        GatewayMetrics metrics = new GatewayMetrics(meters);
        registry.bind(GatewayMetrics.BEAN, metrics);
        watchInFlight(registry.lookupByNameAndType(DeliveryWiring.IN_FLIGHT, InFlight.class), partners, metrics);

        OpsSessions sessions = new OpsSessions(read.duration("gateway.ops.session-lifetime"), clock);
        OpsAudit audit = new OpsAudit(transactions);
        LoginGuard guard = new LoginGuard(throttle(read, "gateway.ops.login-throttle.max-failures-per-user"),
                throttle(read, "gateway.ops.login-throttle.max-failures-per-address"), audit, metrics, clock);
        registry.bind("opsAuthenticator", new OpsAuthenticator(users, sessions, guard));
        registry.bind("opsLogin", new OpsLoginEndpoint(users, certificateUsers, sessions, guard, audit, tls, clock));
        registry.bind("opsProblems", new OpsProblemResponder());
        registry.bind("opsConsole", new ConsoleFiles());

        OutboxFigures figures = new OutboxFigures(transactions);
        AuditChainWatch auditChain = registry.lookupByNameAndType(AuditWiring.WATCH, AuditChainWatch.class);
        AuditWiring.gauges(meters, auditChain);
        PartnerRevocation revocation = RevocationWiring.shared(camelContext, read, partners, clock);
        metrics.watchRevocationSources(() -> revocation.sourceProblems().size());
        List<AbstractHealthCheck> checks = List.of(new DatabaseCheck(figures), new RoutesCheck(),
                new OutboxCheck(figures, Boolean.parseBoolean(read.text("gateway.outbox.enabled")), clock),
                new DiskSpaceCheck(Path.of("."), read.integer("gateway.ops.min-free-disk-mb") * 1024L * 1024L),
                new RevocationSourcesCheck(revocation::sourceProblems),
                new PartnerRegistryCheck(registry.lookupByNameAndType("partnerRegistryReloader", PartnerRegistryReloader.class)),
                new AuditChainCheck(auditChain, read.duration("gateway.audit.unsealed-warning-after"), clock));
        checks.forEach(check -> check.setCamelContext(camelContext));
        registry.bind("opsHealth", new HealthEndpoint(List.copyOf(checks)));

        ReloadingKeyManager serverKey = OwnKeysWiring.partnerApiKey(camelContext, read, clock);
        ReloadingKeyManager clientKey = OwnKeysWiring.outboundKey(camelContext, read, clock);
        CertificateExpiry certificates = new CertificateExpiry(List.of(
                new CertificateExpiry.OwnKey("gateway (partner API)", serverKey::chain),
                new CertificateExpiry.OwnKey("gateway (outbound)", clientKey::chain)), partners, clock);
        OverviewService overview = new OverviewService(partners, registry.lookupByNameAndType("circuitBreakers",
                CircuitBreakers.class), figures, certificates, routes(camelContext), clock);
        registry.bind("opsOverview", new OverviewEndpoint(overview));
        registry.bind("opsDeliveries", new DeliveriesEndpoint(new OpsDeliveryQueries(transactions), new OpsActions(transactions),
                clock));
        registry.bind("opsReports", new ReportsEndpoint(new OpsReportQueries(transactions), new AuditTrail(transactions), clock));
        registry.bind("opsAudit", new AuditEndpoint(audit));

        FollowUpWatch watch = new FollowUpWatch(new WatchQueries(transactions), new ItemMoveQueries(transactions), partners, WatchSettings.parse(
                read.optional(WatchSettings.PARTNER_SILENT_AFTER), read.optional(WatchSettings.STALLED_AFTER)), clock);
        registry.bind("opsWatch", new WatchEndpoint(watch, clock));

        registry.bind("opsMetrics", new MetricsEndpoint(meters, new OpsGauges(meters), overview, watch));
        // Last: a Vert.x instance has threads that would keep a process whose wiring failed from ending.
        opsPort(camelContext, read, tls ? Optional.of(serverKey) : Optional.empty(), certificateUsers);
    }

    /**
     * The ops port (camel.server.*): TLS with the gateway's server key when gateway.ops.tls=true (the partner port's
     * reloading key, so a rotation reaches this port too without a restart), a client certificate asked for when ops
     * users have one, and no-store on every answer.
     */
    private static void opsPort(CamelContext camelContext, GatewaySettings.Reader read,
                                Optional<ReloadingKeyManager> serverKey, CertificateUsers certificateUsers) {
        boolean tls = serverKey.isPresent();
        UnaryOperator<HttpServerOptions> serverTls = serverKey.<UnaryOperator<HttpServerOptions>>map(key ->
                options -> options.setSsl(true).setKeyCertOptions(KeyCertOptions.wrap(key))).orElse(UnaryOperator.identity());
        UnaryOperator<HttpServerOptions> clientCertificates = certificateUsers.isEmpty() ? UnaryOperator.identity()
                : clientCertificateRequest(read, tls);
        OpsPortVertx vertx = new OpsPortVertx(camelContext, read.integer("gateway.ops.port"),
                options -> clientCertificates.apply(serverTls.apply(options)), new NoStoreOnEveryAnswer());
        camelContext.getRegistry().bind("opsPortVertx", Vertx.class, vertx);
        vertx.closeWhenCamelHasStopped();
    }

    /** The sign-in throttle of one kind of key (user names or client addresses), with the shared window and lock-outs. */
    private static LoginThrottle throttle(GatewaySettings.Reader read, String maxFailures) {
        return new LoginThrottle(new LoginThrottle.Rules(read.integer(maxFailures),
                read.duration("gateway.ops.login-throttle.window"), read.duration("gateway.ops.login-throttle.lockout"),
                read.duration("gateway.ops.login-throttle.max-lockout"), read.integer("gateway.ops.login-throttle.tracked-keys")));
    }

    /** gateway.ops.client-certificates: the ops port's TLS asks for a client certificate issued by gateway.ops.client-ca. */
    private static ClientCertificateRequest clientCertificateRequest(GatewaySettings.Reader read, boolean tls) {
        if (!tls) {
            throw new IllegalStateException("gateway.ops.client-certificates needs gateway.ops.tls=true");
        }
        if (read.optional("gateway.ops.client-ca").isBlank()) {
            throw new IllegalStateException("gateway.ops.client-certificates needs gateway.ops.client-ca, the PEM file of the"
                    + " CA(s) that issue ops users' certificates");
        }
        return ClientCertificateRequest.trusting(Path.of(read.text("gateway.ops.client-ca")));
    }

    private static Supplier<List<Overview.RouteState>> routes(CamelContext camelContext) {
        return () -> camelContext.getRoutes().stream().map(route -> new Overview.RouteState(route.getRouteId(),
                String.valueOf(camelContext.getRouteController().getRouteStatus(route.getRouteId())))).toList();
    }

    /** The gateway's own meters plus the JVM's. */
    /** Requests in flight from this node to each partner we send to (none when the outbox is not wired). */
    private static void watchInFlight(InFlight inFlight, PartnerDirectory partners, GatewayMetrics metrics) {
        if (inFlight == null) {
            return;
        }
        partners.all().stream().filter(partner -> partner.outbound().isPresent())
                .forEach(partner -> metrics.watchInFlight(partner.id(), () -> inFlight.of(partner.id())));
    }

    private static PrometheusMeterRegistry meterRegistry(CamelContext camelContext) {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(meters);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        new FileDescriptorMetrics().bindTo(meters);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(meters);
        GatewayConfiguration.addClosing(camelContext, gc);
        return meters;
    }
}
