package be.hotline.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V15 fills report.depiction for the reports stored before it, from their canonical JSON: each kind of depiction,
 * NOT_DETERMINED when the JSON has none, and the assessment's own field only, never a quoted text inside another
 * field. Runs on H2 and on PostgreSQL (the one SQL both understand).
 */
abstract class DepictionBackfillContract {

    protected abstract TestDatabase database();

    @Test
    void reportsStoredBeforeV15GetTheirDepictionFromTheirJson() throws Exception {
        TestDatabase database = database();
        // V13: the last migration before V15 on this branch (V14 is another branch's).
        migrate(database, "13");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String depiction : new String[] {"REAL_CHILD", "APPEARS_TO_BE_CHILD", "VIRTUAL", "NOT_DETERMINED"}) {
            expected.put(insert(database, depiction, "Example Hosting BV"), depiction);
        }
        expected.put(insert(database, null, "Example Hosting BV"), "NOT_DETERMINED");
        // A provider's name holding the text of another depiction: escaped in JSON, so it is not the field.
        expected.put(insert(database, "APPEARS_TO_BE_CHILD", "a \"depiction\":\"REAL_CHILD\" hoster"), "APPEARS_TO_BE_CHILD");

        migrate(database, "latest");

        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("select reference, depiction from report")) {
            Map<String, String> actual = new LinkedHashMap<>();
            while (rows.next()) {
                actual.put(rows.getString(1), rows.getString(2));
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static void migrate(TestDatabase database, String target) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), "").locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    /** A report row as intake stored it before V15: the docs/api example in its canonical JSON form. */
    private static String insert(TestDatabase database, String depiction, String provider) throws Exception {
        ObjectNode report = (ObjectNode) CanonicalJson.mapper().readTree(Path.of("docs/api/examples/report-internal.json").toFile());
        report.remove("reporter");
        ((ObjectNode) report.get("contentItems").get(0)).put("hostingProvider", provider);
        ObjectNode assessment = (ObjectNode) report.get("assessment");
        if (depiction == null) {
            assessment.remove("depiction");
        } else {
            assessment.put("depiction", depiction);
        }
        String reference = "HX-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "insert into report (reference, partner_id, partner_reference, content_sha256, received_format, status,"
                        + " received_at, classification, report_json) values (?, 'case-management', ?, ?, 'JSON', 'ROUTED', ?,"
                        + " 'BASELINE', ?)")) {
            statement.setString(1, reference);
            statement.setString(2, "CM-" + reference);
            statement.setString(3, "0".repeat(64));
            statement.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            statement.setString(5, CanonicalJson.write(report));
            statement.executeUpdate();
        }
        return reference;
    }
}
