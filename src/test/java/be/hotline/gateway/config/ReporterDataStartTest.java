package be.hotline.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import be.hotline.gateway.store.Database;
import be.hotline.gateway.store.DatabaseSettings;
import be.hotline.gateway.store.ReporterContacts;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the gateway's start does with the reporter data keys, on H2 and PostgreSQL: rows stored in plain text before
 * V18 are encrypted and their plain columns emptied; rows under a key no longer listed, or a key setting that cannot
 * be used, fail the start with a message naming the cause (and never a key).
 */
class ReporterDataStartTest {

    private static final String KEY = TestReporterDataKeys.newKey();

    static Stream<TestDatabase> databases() {
        return Stream.of(TestDatabase.freshH2(), TestDatabase.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rowsStoredInPlainTextAreEncryptedAtStart(TestDatabase database) throws Exception {
        try (Database db = open(database)) {
            Transactions transactions = new Transactions(db.dataSource());
            insertReport(database, "HX-PLAIN00000000000001");
            execute(database, "insert into reporter_contact (reference, name, email, phone) values (?, ?, ?, ?)",
                    "HX-PLAIN00000000000001", "Plain Reporter", "plain@example.org", "+32 2 555 00 00");

            ReporterDataCipher cipher = ReporterDataWiring.wire(registry(), reader(keys("k1:" + KEY, "k1")), transactions,
                    Clock.systemUTC());

            assertThat(database.count("select count(*) from reporter_contact where key_id = 'k1' and name is null"
                    + " and email is null and phone is null and name_enc is not null")).isEqualTo(1);
            assertThat(new ReporterContacts(transactions, cipher).of("HX-PLAIN00000000000001")).contains(new ReporterContact(
                    Optional.of("Plain Reporter"), Optional.of("plain@example.org"), Optional.of("+32 2 555 00 00")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rowsUnderAKeyNoLongerListedFailTheStart(TestDatabase database) throws Exception {
        try (Database db = open(database)) {
            insertReport(database, "HX-GONE000000000000001");
            execute(database, "insert into reporter_contact (reference, key_id, name_enc) values (?, ?, ?)",
                    "HX-GONE000000000000001", "retired", "AAAA");

            assertThatThrownBy(() -> ReporterDataWiring.wire(registry(), reader(keys("k2:" + KEY, "k2")),
                    new Transactions(db.dataSource()), Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("{retired=1}").hasMessageContaining("gateway keys rotate");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keySettingsThatCannotBeUsedFailTheStartNamingTheCause(TestDatabase database) {
        try (Database db = open(database)) {
            Transactions transactions = new Transactions(db.dataSource());
            assertStartFails(transactions, keys("k1:" + KEY, "k9"), "the current key 'k9'", "not among the keys [k1]");
            assertStartFails(transactions, keys("k1:" + KEY, ""), "gateway.reporter-data.key-current");
            assertStartFails(transactions, keys("k1:not*base64!", "k1"), "key 'k1' is not base64");
            assertStartFails(transactions, keys("k1:AAAAAAAAAAAAAAAAAAAAAA==", "k1"), "key 'k1' is not an AES-256 key", "128 bits");
            assertStartFails(transactions, keys("k1:" + KEY + ",k1:" + KEY, "k1"), "key id 'k1' is listed twice");
            assertStartFails(transactions, keys("no key here", "k1"), "entry 1 is not id:base64key");
            assertStartFails(transactions, keystore("config/no-such-keys.p12", "demo-only", "demo-2026-12"),
                    "config/no-such-keys.p12 does not exist");
            assertStartFails(transactions, keystore("config/demo-reporter-data-keys.p12", "wrong", "demo-2026-12"),
                    "cannot read keystore config/demo-reporter-data-keys.p12");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDemoKeystoreServesAsTheDefault(TestDatabase database) {
        try (Database db = open(database)) {
            ReporterDataCipher cipher = ReporterDataWiring.wire(registry(),
                    reader(keystore("config/demo-reporter-data-keys.p12", "demo-only", "demo-2026-12")),
                    new Transactions(db.dataSource()), Clock.systemUTC());
            assertThat(cipher.currentKeyId()).isEqualTo("demo-2026-12");
            assertThat(cipher.decrypt("demo-2026-12", "HX-1", "name", cipher.encrypt("HX-1", "name", "x"))).isEqualTo("x");

            Properties production = keystore("config/demo-reporter-data-keys.p12", "demo-only", "demo-2026-12");
            production.setProperty("gateway.mode", "production");
            assertStartFails(new Transactions(db.dataSource()), production,
                    "gateway.mode=production refuses the DEMO reporter data key [demo-2026-12]");
        }
    }

    private static void assertStartFails(Transactions transactions, Properties settings, String... causes) {
        var failure = assertThatThrownBy(() -> ReporterDataWiring.wire(registry(), reader(settings), transactions,
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
        for (String cause : causes) {
            failure.hasMessageContaining(cause);
        }
        failure.satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY.substring(0, 16)));
    }

    private static Properties keys(String list, String current) {
        Properties settings = new Properties();
        settings.setProperty("gateway.reporter-data.keys", list);
        settings.setProperty("gateway.reporter-data.key-current", current);
        return settings;
    }

    private static Properties keystore(String file, String password, String current) {
        Properties settings = new Properties();
        settings.setProperty("gateway.reporter-data.keystore", file);
        settings.setProperty("gateway.reporter-data.keystore-password", password);
        settings.setProperty("gateway.reporter-data.key-current", current);
        return settings;
    }

    private static GatewaySettings.Reader reader(Properties settings) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().setInitialProperties(settings);
        return new GatewaySettings.Reader(context.getPropertiesComponent());
    }

    private static Registry registry() {
        return new DefaultCamelContext().getRegistry();
    }

    private static Database open(TestDatabase database) {
        return Database.open(new DatabaseSettings(database.jdbcUrl(), database.user(), "", 4, 5000));
    }

    private static void insertReport(TestDatabase database, String reference) throws SQLException {
        execute(database, "insert into report (reference, partner_id, partner_reference, content_sha256, received_format,"
                        + " status, received_at, classification, report_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, "case-management", reference, "0".repeat(64), "JSON", "ROUTED", OffsetDateTime.now(), "BASELINE", "{}");
    }

    private static void execute(TestDatabase database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
