package be.hotline.gateway.config;

import be.hotline.gateway.access.RegistryKeyStrength;
import be.hotline.gateway.api.CaseViewEndpoint;
import be.hotline.gateway.api.ProblemResponder;
import be.hotline.gateway.api.PushSignatureCheck;
import be.hotline.gateway.api.ReceiptSignature;
import be.hotline.gateway.api.ReportIntakeEndpoint;
import be.hotline.gateway.api.PartnerDeliveriesEndpoint;
import be.hotline.gateway.api.RedeliveryEndpoint;
import be.hotline.gateway.api.ReportStatusEndpoint;
import be.hotline.gateway.api.RequestBody;
import be.hotline.gateway.api.ResourcePath;
import be.hotline.gateway.api.TakedownStatsEndpoint;
import be.hotline.gateway.format.inhope.InhopeXmlPaths;
import be.hotline.gateway.format.inhope.InhopeXmlReportReader;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.format.outbound.OutboundFormats;
import be.hotline.gateway.dedupe.DuplicateCheck;
import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.intake.SubmissionReaders;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryLoader;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.signing.CmsSigner;
import be.hotline.gateway.signing.PushSignatureVerifier;
import be.hotline.gateway.store.AssignedCountryBackfill;
import be.hotline.gateway.store.Database;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.store.FeedbackStore;
import be.hotline.gateway.store.ItemMoveQueries;
import be.hotline.gateway.store.OutboxStore;
import be.hotline.gateway.outbox.RelayMessages;
import be.hotline.gateway.format.feedback.FeedbackFormats;
import be.hotline.gateway.store.ReportQueries;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.store.ItemStatusQueries;
import be.hotline.gateway.store.ReceivedDeliveries;
import be.hotline.gateway.store.DuplicateLinkQueries;
import be.hotline.gateway.store.ReportStore;
import be.hotline.gateway.store.ReporterContacts;
import be.hotline.gateway.store.TakedownStatistics;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.store.audit.AuditTrail;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.service.ServiceSupport;

/**
 * All wiring of the gateway in one place, in dependency order. Routes refer to these beans by name.
 * The clock is taken from the registry when a test bound one, so time can be controlled.
 */
public class GatewayConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext camelContext) {
        GatewaySettings settings = GatewaySettings.from(camelContext.getPropertiesComponent());
        Registry registry = camelContext.getRegistry();
        Clock clock = registry.findSingleByType(Clock.class);
        if (clock == null) {
            clock = Clock.systemUTC();
        }

        List<Partner> registered = new PartnerRegistryLoader().load(Path.of(settings.partnersFile()));
        RegistryKeyStrength.requireStrongCas(registered);
        PartnerDirectory partners = new PartnerDirectory(registered, clock);
        registry.bind("partnerDirectory", partners);
        GatewaySettings.Reader read = new GatewaySettings.Reader(camelContext.getPropertiesComponent());

        Database database = Database.open(settings.database());
        addClosing(camelContext, database);
        Transactions transactions = new Transactions(database.dataSource());
        PartnerApiWiring.wire(camelContext, settings, read, partners,
                RevocationWiring.shared(camelContext, read, partners, clock)::clientRefusal, transactions, clock);
        ReporterDataCipher reporterData = ReporterDataWiring.wire(registry, read, transactions, clock);
        ReportStore reports = new ReportStore(transactions, reporterData);
        registry.bind("reportStore", reports);

        ReportValidator reportRules = new ReportValidator(clock);
        SubmissionReaders readers = new SubmissionReaders(Map.of(
                "JSON", new JsonReportReader(reportRules)::read,
                "INHOPE_XML", InhopeXmlReportReader.fromClasspath(settings.inhopeReportSchema(), reportRules)::read),
                Map.of("INHOPE_XML", InhopeXmlPaths::of));
        RoutingRules routing = new RoutingRules(read.text("gateway.home-country"), partners);
        AssignedCountryBackfill.run(transactions, routing::assignedCountry);
        IntakeService intake = new IntakeService(reports, new ReferenceGenerator(), routing, partners, clock,
                new DuplicateCheck(read.duration("gateway.dedupe.window")));
        registry.bind("problemResponder", new ProblemResponder());
        registry.bind("resourcePath", new ResourcePath());
        RequestBody requestBody = new RequestBody(settings.maxBodyBytes(), read.duration("gateway.partner-api.body-read-timeout"));
        CmsSigner signer = new CmsSigner(OwnKeysWiring.signingKey(camelContext, read, clock));
        registry.bind("cmsSigner", signer);
        registry.bind("receiptSignature", new ReceiptSignature(signer));
        registry.bind("pushSignatureCheck", new PushSignatureCheck(requestBody, new PushSignatureVerifier(partners, clock)));
        registry.bind("reportIntakeEndpoint", new ReportIntakeEndpoint(requestBody,
                readers, reportRules, intake));
        ReceivedDeliveries received = new ReceivedDeliveries(transactions);
        ItemStatusQueries itemStatus = new ItemStatusQueries(transactions);
        AuditTrail audit = new AuditTrail(transactions);
        registry.bind("reportStatusEndpoint", new ReportStatusEndpoint(reports, received, itemStatus,
                new ReporterContacts(transactions, reporterData), audit, clock));
        registry.bind("partnerDeliveriesEndpoint", new PartnerDeliveriesEndpoint(received));
        registry.bind("redeliveryEndpoint", new RedeliveryEndpoint(new OpsActions(transactions), clock));
        DuplicateLinkQueries duplicateLinks = new DuplicateLinkQueries(transactions);
        registry.bind("caseViewEndpoint", new CaseViewEndpoint(new ReportQueries(transactions), itemStatus, duplicateLinks,
                audit, clock));
        registry.bind("takedownStatsEndpoint", new TakedownStatsEndpoint(new TakedownStatistics(transactions), duplicateLinks));
        PublishedFigures figures = StatisticsWiring.wire(registry, read, transactions, partners, routing.homeCountry(), clock);

        OutboxStore outbox = new OutboxStore(transactions);
        FeedbackStore feedback = new FeedbackStore(transactions);
        FeedbackFormats feedbackFormats = FeedbackFormats.fromClasspath();
        FollowUpWiring.wire(registry, requestBody, feedbackFormats, feedback, reports, outbox,
                partners, clock, routing, read.integer("gateway.routing.max-moves"));
        DeliveryWiring.wire(camelContext, read, partners, signer, outbox, OutboundFormats.fromClasspath(settings.inhopeReportSchema()),
                new RelayMessages(feedback, feedbackFormats, partners), routing, clock, new ItemMoveQueries(transactions));
        AuditWiring.wire(camelContext, read, transactions, clock);
        OpsWiring.wire(camelContext, read, partners, transactions, clock);
        RetentionWiring.wire(camelContext, read, transactions, figures, clock);
        BoundAddressesLog.register(camelContext);
    }

    static void addClosing(CamelContext camelContext, AutoCloseable resource) {
        try {
            camelContext.addService(new ClosingService(resource), true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot register " + resource + " for closing", e);
        }
    }

    /** Closes a resource when Camel stops, after the routes that use it. */
    private static final class ClosingService extends ServiceSupport {
        private final AutoCloseable resource;

        ClosingService(AutoCloseable resource) {
            this.resource = resource;
        }

        @Override
        protected void doStop() throws Exception {
            resource.close();
        }
    }
}
