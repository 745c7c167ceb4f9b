package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.support.TestDatabase;
import be.hotline.gateway.support.TestReporterDataKeys;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A write that fails half-way leaves nothing: report, items, reporter and events are one transaction. */
class ReportStoreAtomicityTest {

    static Stream<TestDatabase> databases() {
        return StoreFixtures.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailureInTheLastInsertRollsBackEverything(TestDatabase database) throws Exception {
        ValidatedReport report = StoreFixtures.exampleReport("ATOMIC-1", "BASELINE");
        // Bypasses the validator on purpose: a reporter name whose ciphertext is longer than its column fails the reporter insert,
        // after the report and its items were written in the same transaction.
        ReporterContact tooLong = new ReporterContact(Optional.of("x".repeat(1000)), Optional.empty(), Optional.empty());
        StoredReport header = new StoredReport("HX-ATOMIC0000000000001", "nl-hotline", "ATOMIC-1",
                "0".repeat(64), "VALIDATED", StoreFixtures.CLOCK.instant());
        NewReport newReport = new NewReport(header, "JSON", report.report(), "{}", Optional.of(tooLong),
                List.of(new ReportEvent(StoreFixtures.CLOCK.instant(), "nl-hotline", "RECEIVED", null)),
                List.of(new NewDelivery("message-1", "police-fccu", DeliveryPurpose.DOMESTIC, "POLICE_XML", List.of(0))),
                report.report().contentItems().stream().map(item -> "BE").toList());

        try (Database db = StoreFixtures.open(database)) {
            ReportStore store = new ReportStore(new Transactions(db.dataSource()), TestReporterDataKeys.cipher());
            assertThatThrownBy(() -> store.insert(newReport)).isInstanceOf(IllegalStateException.class);
        }

        assertThat(database.count("select count(*) from report")).isZero();
        assertThat(database.count("select count(*) from report_content_item")).isZero();
        assertThat(database.count("select count(*) from reporter_contact")).isZero();
        assertThat(database.count("select count(*) from report_event")).isZero();
        assertThat(database.count("select count(*) from delivery")).isZero();
    }
}
