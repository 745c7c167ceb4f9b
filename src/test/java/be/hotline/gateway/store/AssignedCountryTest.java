package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.intake.IntakeService;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each stored item has the country that must act on it beside where it is hosted: written at intake, and filled
 * once at start for items stored before the column existed. On H2 and PostgreSQL.
 */
class AssignedCountryTest {

    static Stream<TestDatabase> databases() {
        return StoreFixtures.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void intakeStoresTheAssignedCountryOfEachItem(TestDatabase database) throws Exception {
        try (Database db = StoreFixtures.open(database)) {
            String reference = intake(db).accept(StoreFixtures.partner("nl-hotline"),
                    StoreFixtures.exampleReport("ASSIGNED-1", "BASELINE"), "JSON").reference();

            assertThat(database.count("select count(*) from report_content_item where reference = ? and hosting_country = 'BE'"
                    + " and assigned_country = 'BE'", reference)).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void itemsStoredBeforeTheColumnExistedGetItOnceByTheRoutingRules(TestDatabase database) throws Exception {
        try (Database db = StoreFixtures.open(database)) {
            String reference = intake(db).accept(StoreFixtures.partner("nl-hotline"),
                    StoreFixtures.exampleReport("ASSIGNED-2", "BASELINE"), "JSON").reference();
            try (Connection connection = database.connect()) {
                execute(connection, "update report_content_item set assigned_country = null where reference = ?", reference);
                // An item hosted where a member hotline is (DE) and an orphan (JP), as an earlier version stored them.
                execute(connection, "insert into report_content_item (reference, position, url, hosting_country)"
                        + " values (?, 2, 'https://de.example/2', 'DE'), (?, 3, 'https://jp.example/3', 'JP')", reference, reference);
            }
            Transactions transactions = new Transactions(db.dataSource());

            assertThat(AssignedCountryBackfill.run(transactions, StoreFixtures.routing()::assignedCountry)).isEqualTo(4);
            assertThat(AssignedCountryBackfill.run(transactions, StoreFixtures.routing()::assignedCountry)).isZero();

            assertThat(assigned(database, reference, 0)).isEqualTo(1);
            assertThat(database.count("select count(*) from report_content_item where reference = ? and position = 2"
                    + " and assigned_country = 'DE'", reference)).isEqualTo(1);
            assertThat(database.count("select count(*) from report_content_item where reference = ? and position = 3"
                    + " and hosting_country = 'JP' and assigned_country = 'BE'", reference)).as("an orphan is ours to act on")
                    .isEqualTo(1);
        }
    }

    private static long assigned(TestDatabase database, String reference, int position) throws Exception {
        return database.count("select count(*) from report_content_item where reference = ? and position = ?"
                + " and assigned_country = 'BE'", reference, position);
    }

    private static IntakeService intake(Database db) {
        return new IntakeService(new ReportStore(new Transactions(db.dataSource()), TestReporterDataKeys.cipher()), new ReferenceGenerator(),
                StoreFixtures.routing(), StoreFixtures.PARTNERS, StoreFixtures.CLOCK);
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
