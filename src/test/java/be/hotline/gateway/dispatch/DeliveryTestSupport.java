package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.ConnectionRefusedEndpoint;
import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.simulator.SimulatorPki;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The real gateway delivering to simulated partners over mutual TLS: police, NL and DE hotlines,
 * a flaky IT hotline, a PL hotline that gives up after 3 attempts, an FR hotline whose server has
 * a certificate from the wrong CA, and an AT hotline where nothing listens.
 */
public abstract class DeliveryTestSupport extends GatewayTestSupport {

    protected final ObjectMapper json = new ObjectMapper();
    protected final Path folder = tempFolder();
    protected final SimulatorPki pki = SimulatorPki.create(folder.resolve("pki"));
    protected final PartnerSimulator police = PartnerSimulator.start("police", pki, "/fccu/v1/referrals");
    protected final PartnerSimulator nl = PartnerSimulator.start("nl", pki, "/inhope/v1/reports");
    protected final PartnerSimulator de = PartnerSimulator.start("de", pki, "/inhope/v1/reports");
    protected final PartnerSimulator it = PartnerSimulator.start("it", pki, "/inhope/v1/reports");
    protected final PartnerSimulator pl = PartnerSimulator.start("pl", pki, "/inhope/v1/reports");
    protected final PartnerSimulator rogue = PartnerSimulator.startWithRogueCertificate("fr", pki, "/inhope/v1/reports");

    @Override
    protected Properties extraProperties() {
        Path registry = folder.resolve("partners.yaml");
        String demoCa = DEMO_ROOT_CA.toAbsolutePath().toString();
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        String yaml = new TestRegistry(demoCa)
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", serverCa, "", TestRegistry.ONLY_POLICE_SERVICE)
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(), "INHOPE_XML", serverCa, "")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "INHOPE_XML", serverCa, "")
                .receiver("it-hotline", "HOTLINE", "IT", "CN=it.demo,C=IT", it.url(), "JSON", serverCa, "")
                .receiver("pl-hotline", "HOTLINE", "PL", "CN=pl.demo,C=PL", pl.url(), "INHOPE_XML", serverCa, ", retry: {maxAttempts: 3}")
                .receiver("fr-hotline", "HOTLINE", "FR", "CN=fr.demo,C=FR", rogue.url(), "INHOPE_XML", serverCa, "")
                .receiver("at-hotline", "HOTLINE", "AT", "CN=at.demo,C=AT", ConnectionRefusedEndpoint.url(), "INHOPE_XML", serverCa, "")
                .yaml();
        write(registry, yaml);

        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", pki.gatewayClientP12().toString());
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        properties.setProperty("gateway.outbound.response-timeout-ms", "1500");
        properties.setProperty("gateway.retry.initial-delay", "PT0.2S");
        properties.setProperty("gateway.retry.max-delay", "PT0.5S");
        properties.setProperty("gateway.retry.jitter", "0");
        properties.setProperty("gateway.circuit.failure-threshold", "5");
        properties.setProperty("gateway.circuit.open-for", "PT60S");
        return properties;
    }

    private HikariDataSource opsDataSource;

    /** The ops retry and cancel, exactly as the ops API calls them, on the gateway's database. */
    protected OpsActions opsActions() {
        if (opsDataSource == null) {
            opsDataSource = new HikariDataSource();
            opsDataSource.setJdbcUrl(database().jdbcUrl());
            opsDataSource.setUsername(database().user());
            opsDataSource.setMaximumPoolSize(2);
        }
        return new OpsActions(new Transactions(opsDataSource));
    }

    @AfterAll
    void closeOpsDataSource() {
        if (opsDataSource != null) {
            opsDataSource.close();
        }
    }

    @AfterAll
    void stopSimulators() {
        List.of(police, nl, de, it, pl, rogue).forEach(PartnerSimulator::close);
    }

    /** The only police service, our case management, NL (INHOPE XML) and DE (JSON), each on its simulator. */
    protected String policeCaseManagementNlDeRegistry() {
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        return new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", serverCa, "", TestRegistry.ONLY_POLICE_SERVICE)
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(), "INHOPE_XML",
                        serverCa, "")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "JSON", serverCa, "")
                .yaml();
    }

    /** Our case management reports content hosted in the given country (the docs/api example, with a reporter). */
    public String internalReportHostedIn(String country) throws Exception {
        String report = Files.readString(Path.of("docs/api/examples/report-internal.json"))
                .replace("CM-2026-11-0193", "CM-" + UUID.randomUUID())
                .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + country + "\"");
        return post(demoPartner("case-management"), report.getBytes(StandardCharsets.UTF_8));
    }

    public String post(PartnerClient client, byte[] report) throws Exception {
        HttpResponse<String> response = client.post("/api/v1/reports", "application/json", report);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    /** Waits (bounded) until the report's delivery to the partner has the status. */
    public void awaitDelivery(String reference, String partnerId, String status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = deliveryColumn(reference, partnerId, "status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("delivery of " + reference + " to " + partnerId + " is " + seen + ", not " + status
                + " after " + within + "; attempts: " + attempts(reference, partnerId));
    }

    public String deliveryColumn(String reference, String partnerId, String column) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select " + column + " from delivery where reference = ? and partner_id = ?")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** The delivery's attempts, oldest first, as "OUTCOME status error". */
    public List<String> attempts(String reference, String partnerId) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select a.outcome, a.status_code, a.error from delivery_attempt a join delivery d on d.id = a.delivery_id"
                        + " where d.reference = ? and d.partner_id = ? order by a.id")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            List<String> attempts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    attempts.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return attempts;
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("gateway-delivery");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
