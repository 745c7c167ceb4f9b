package be.hotline.gateway.reporterdata;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.ops.OpsHttpClient;
import be.hotline.gateway.ops.PasswordHash;
import be.hotline.gateway.ops.cli.OpsCli;
import be.hotline.gateway.store.Database;
import be.hotline.gateway.store.DatabaseSettings;
import be.hotline.gateway.store.ReporterContacts;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestReporterDataKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reporter contact details at rest (issue 13, part 3), on the real gateway: stored only encrypted, readable by case
 * management's read of its own report and by nobody else, re-encrypted by a rotation, and never answered in plain
 * when their key is missing or their value was tampered with.
 */
abstract class ReporterDataEncryptionContract extends GatewayTestSupport {

    private static final String OLD_KEY = TestReporterDataKeys.newKey();
    private static final String NEW_KEY = TestReporterDataKeys.newKey();
    private static final String OPS_PASSWORD = "keys-test-password";
    private static final Path INTERNAL_EXAMPLE = Path.of("docs/api/examples/report-internal.json");
    private static final String REPORTS = "/api/v1/reports";

    private final ObjectMapper json = new ObjectMapper();

    /** Everything the database holds, as an operator's dump or a copy of its files would show it (Latin-1 text). */
    protected abstract String rawDatabaseContent() throws Exception;

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        // Both keys listed, the new one current: rows under the old one stand for rows written before a rotation.
        properties.setProperty("gateway.reporter-data.keys", "old:" + OLD_KEY + ", new:" + NEW_KEY);
        properties.setProperty("gateway.reporter-data.key-current", "new");
        properties.setProperty("gateway.ops.user-password", "keeper:" + PasswordHash.hash(OPS_PASSWORD.toCharArray(), 1000));
        return properties;
    }

    /** A citizen's details nobody else in the database has, so any plain copy of them is found. */
    record Citizen(String name, String email, String phone) {
        static Citizen fresh() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Citizen("Citizen Zyx" + tag, "zyx" + tag + "@example.org", "+32 2 555 " + tag.substring(0, 4));
        }

        List<String> values() {
            return List.of(name, email, phone);
        }
    }

    @Test
    void theDatabaseHoldsNoPlainNameEmailOrPhone() throws Exception {
        Citizen citizen = Citizen.fresh();
        String partnerReference = "CM-" + UUID.randomUUID();
        String reference = postInternal(citizen, partnerReference);

        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select key_id, name, email, phone, name_enc, email_enc, phone_enc from reporter_contact where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("new");
                assertThat(new String[] {row.getString(2), row.getString(3), row.getString(4)}).containsOnlyNulls();
                for (int column = 5; column <= 7; column++) {
                    assertThat(row.getString(column)).isNotBlank();
                    for (String value : citizen.values()) {
                        assertThat(row.getString(column)).doesNotContain(value);
                    }
                }
            }
        }
        String raw = rawDatabaseContent();
        assertThat(raw).as("the dump must show stored data at all for its absence of the reporter to mean anything")
                .contains(partnerReference);
        for (String value : citizen.values()) {
            assertThat(raw).as("plain reporter data in the database's raw content").doesNotContain(value);
        }
    }

    @Test
    void caseManagementReadsTheReporterOfItsOwnReportAndNobodyElseDoes() throws Exception {
        Citizen citizen = Citizen.fresh();
        String reference = postInternal(citizen, "CM-" + UUID.randomUUID());

        JsonNode own = json.readTree(caseManagement().get(REPORTS + "/" + reference).body());
        assertThat(own.get("reporter")).isEqualTo(json.valueToTree(Map.of(
                "name", citizen.name(), "email", citizen.email(), "phone", citizen.phone())));

        HttpResponse<String> receiver = demoPartner("de-hotline").get(REPORTS + "/" + reference);
        assertThat(receiver.statusCode()).as(receiver.body()).isEqualTo(200);
        HttpResponse<String> stranger = demoPartner("nl-hotline").get(REPORTS + "/" + reference);
        assertThat(stranger.statusCode()).isEqualTo(404);
        for (HttpResponse<String> answer : List.of(receiver, stranger)) {
            assertThat(json.readTree(answer.body()).has("reporter")).isFalse();
            for (String value : citizen.values()) {
                assertThat(answer.body()).doesNotContain(value);
            }
        }
    }

    @Test
    void aRotationPutsEveryRowUnderTheCurrentKeyAndTheOldKeyCanGo() throws Exception {
        Citizen sealedUnderOld = Citizen.fresh();
        String oldReference = postInternal(sealedUnderOld, "CM-" + UUID.randomUUID());
        sealUnder("old", oldReference, sealedUnderOld);
        Citizen plain = Citizen.fresh();
        String plainReference = postInternal(plain, "CM-" + UUID.randomUUID());
        storePlain(plainReference, plain);
        assertThat(reporterOf(oldReference)).as("a row under a listed older key reads").isEqualTo(sealedUnderOld);

        HttpResponse<String> rotated = ops().post("/ops/api/keys/rotate", "{}");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode counts = json.readTree(rotated.body());
        assertThat(counts.get("currentKey").asText()).isEqualTo("new");
        assertThat(counts.get("reencrypted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("plainEncrypted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("complete").asBoolean()).isTrue();
        assertThat(counts.get("underCurrentKey").asLong()).isEqualTo(database().count("select count(*) from reporter_contact"));
        assertThat(database().count("select count(*) from reporter_contact where key_id is null or key_id <> 'new'"
                + " or name is not null or email is not null or phone is not null")).isZero();

        assertThat(reporterOf(oldReference)).isEqualTo(sealedUnderOld);
        assertThat(reporterOf(plainReference)).isEqualTo(plain);
        // The old key removed: a keyring of the new key alone reads every row.
        ReporterDataCipher newKeyOnly = new ReporterDataCipher(ReporterDataKeySources.fromList("new:" + NEW_KEY, "new"));
        try (Database db = Database.open(new DatabaseSettings(database().jdbcUrl(), database().user(), "", 2, 5000))) {
            ReporterContacts withoutOldKey = new ReporterContacts(new Transactions(db.dataSource()), newKeyOnly);
            for (String reference : allReferences()) {
                assertThat(withoutOldKey.of(reference)).as(reference).isPresent();
            }
            assertThat(withoutOldKey.of(oldReference).orElseThrow().name()).contains(sealedUnderOld.name());
        }

        // The CLI, run again: nothing left to do, and it says so.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = keysRotate(out);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("current key:        new", "re-encrypted:       0",
                "plain encrypted:    0");
    }

    @Test
    void aRowUnderAnUnknownKeyIsAClearErrorNeverPlainData() throws Exception {
        Citizen citizen = Citizen.fresh();
        String reference = postInternal(citizen, "CM-" + UUID.randomUUID());
        update("update reporter_contact set key_id = 'retired-2019' where reference = ?", reference);
        try {
            HttpResponse<String> read = caseManagement().get(REPORTS + "/" + reference);
            assertThat(read.statusCode()).isEqualTo(500);
            assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(read.body()).get("detail").asText()).contains("key 'retired-2019'");
            for (String value : citizen.values()) {
                assertThat(read.body()).doesNotContain(value);
            }
            JsonNode rotation = json.readTree(ops().post("/ops/api/keys/rotate", "{}").body());
            assertThat(rotation.get("complete").asBoolean()).isFalse();
            assertThat(rotation.get("unreadable").get("retired-2019").asLong()).isEqualTo(1);
            assertThat(database().count("select count(*) from reporter_contact where reference = ? and key_id = 'retired-2019'",
                    reference)).as("a row it cannot read is left as it is").isEqualTo(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = keysRotate(out);
            assertThat(exit).as("the CLI fails while a key is missing").isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("unreadable, key retired-2019: 1");
        } finally {
            update("update reporter_contact set key_id = 'new' where reference = ?", reference);
        }
        assertThat(reporterOf(reference)).isEqualTo(citizen);
    }

    @Test
    void aValueCopiedFromAnotherRowDoesNotDecrypt() throws Exception {
        Citizen first = Citizen.fresh();
        Citizen second = Citizen.fresh();
        String firstReference = postInternal(first, "CM-" + UUID.randomUUID());
        String secondReference = postInternal(second, "CM-" + UUID.randomUUID());
        String secondsEmail = column("email_enc", secondReference);
        String ownEmail = column("email_enc", firstReference);
        update("update reporter_contact set email_enc = ? where reference = ?", secondsEmail, firstReference);
        try {
            HttpResponse<String> read = caseManagement().get(REPORTS + "/" + firstReference);
            assertThat(read.statusCode()).isEqualTo(500);
            assertThat(json.readTree(read.body()).get("detail").asText()).contains("key 'new'");
            assertThat(read.body()).doesNotContain(second.email()).doesNotContain(first.email());
        } finally {
            update("update reporter_contact set email_enc = ? where reference = ?", ownEmail, firstReference);
        }
        assertThat(reporterOf(firstReference)).isEqualTo(first);
    }

    private PartnerClient caseManagement() {
        return demoPartner("case-management");
    }

    /** {@code gateway keys rotate} as an operator runs it, against this gateway's ops port. */
    private int keysRotate(ByteArrayOutputStream out) {
        return OpsCli.run("keys", new String[] {"rotate"}, Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort,
                        "GATEWAY_OPS_USER", "keeper", "GATEWAY_OPS_PASSWORD", OPS_PASSWORD), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, "keeper", OPS_PASSWORD);
    }

    private String postInternal(Citizen citizen, String partnerReference) throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(INTERNAL_EXAMPLE.toFile());
        report.put("partnerReference", partnerReference);
        report.set("reporter", json.valueToTree(Map.of(
                "name", citizen.name(), "email", citizen.email(), "phone", citizen.phone())));
        HttpResponse<String> response = caseManagement().post(REPORTS, "application/json", json.writeValueAsBytes(report));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    /** Case management's read of its own report, as the API answers it. */
    private Citizen reporterOf(String reference) throws Exception {
        HttpResponse<String> read = caseManagement().get(REPORTS + "/" + reference);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode reporter = json.readTree(read.body()).get("reporter");
        return new Citizen(reporter.get("name").asText(), reporter.get("email").asText(), reporter.get("phone").asText());
    }

    /** The row as a gateway whose current key was "old" wrote it. */
    private void sealUnder(String keyId, String reference, Citizen citizen) throws Exception {
        ReporterDataCipher old = new ReporterDataCipher(ReporterDataKeySources.fromList("old:" + OLD_KEY, keyId));
        update("update reporter_contact set key_id = ?, name_enc = ?, email_enc = ?, phone_enc = ? where reference = ?",
                keyId, old.encrypt(reference, "name", citizen.name()), old.encrypt(reference, "email", citizen.email()),
                old.encrypt(reference, "phone", citizen.phone()), reference);
    }

    /** The row as the gateway stored it before V18. */
    private void storePlain(String reference, Citizen citizen) throws Exception {
        update("update reporter_contact set key_id = null, name_enc = null, email_enc = null, phone_enc = null,"
                + " name = ?, email = ?, phone = ? where reference = ?", citizen.name(), citizen.email(), citizen.phone(), reference);
    }

    private String column(String column, String reference) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select " + column + " from reporter_contact where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private List<String> allReferences() throws Exception {
        List<String> references = new ArrayList<>();
        try (Connection connection = database().connect();
             ResultSet rows = connection.createStatement().executeQuery("select reference from reporter_contact")) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        }
        return references;
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
