package be.hotline.gateway.store;

import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryLoader;
import be.hotline.gateway.routing.RoutingRules;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** Shared pieces of the store tests: both databases, a partner, and the docs/api example as a validated report. */
final class StoreFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static Stream<TestDatabase> databases() {
        return Stream.of(TestDatabase.freshH2(), TestDatabase.postgres());
    }

    /**
     * The committed demo partners but the second police service (police-thb): these tests are about storing and
     * claiming deliveries, one per report hosted in BE, to police-fccu (the routing rules have tests of their own).
     */
    static final PartnerDirectory PARTNERS = new PartnerDirectory(
            new PartnerRegistryLoader().load(Path.of("config/partners.yaml")).stream()
                    .filter(partner -> !partner.id().equals("police-thb")).toList(), CLOCK);

    static Partner partner(String id) {
        return PARTNERS.byId(id).orElseThrow();
    }

    static RoutingRules routing() {
        return new RoutingRules("BE", PARTNERS);
    }

    /** The NL example report under its own partnerReference, optionally with other content. */
    static ValidatedReport exampleReport(String partnerReference, String classification) {
        try {
            String json = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                    .replace("NL-2026-004711", partnerReference)
                    .replace("BASELINE", classification);
            return new ReportValidator(CLOCK).validate(new JsonReportReader().read(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Database open(TestDatabase database) {
        return Database.open(new DatabaseSettings(database.jdbcUrl(), database.user(), "", 8, 5000));
    }
}
