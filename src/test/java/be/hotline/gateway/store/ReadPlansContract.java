package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.bench.BulkLoader;
import be.hotline.gateway.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14, item 3: the two reads that must stay flat whatever the history, a partner's status read
 * (GET /api/v1/reports/{reference}) and the case view's first page (GET /api/v1/reports), reach their rows through
 * indexes, never by reading a whole report, item, delivery, event or audit table. The statements are those the reads
 * run (ReportStore, EventRows, ItemStatusQueries, ReceivedDeliveries, ReportQueries, DuplicateLinkQueries, AuditTrail),
 * explained on 3,000 bulk-loaded reports with fresh statistics, as the benchmark runs them; sequential scans stay
 * allowed, so the planner would choose one wherever no index fits (for the page's 51-reference lookups, see
 * {@link #assertAnIndexFits}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadPlansContract {

    private static final Pattern TABLE_SCAN = Pattern.compile(
            "(?i)(seq scan on (report|report_content_item|delivery|report_event|audit_\\w+)\\b)"
                    + "|(\\.(report|report_content_item|delivery|report_event|audit_\\w+)\\.tablescan)");
    private static final int PAGE = 51; // the default limit and the one more row that tells whether a next page exists

    private static final String FIRST_PAGE = "select r.reference, r.partner_id, r.partner_reference, r.status, r.received_at,"
            + " r.removed_at, r.takedown_seconds, case when exists (select 1 from delivery d where d.reference = r.reference"
            + " and d.ack_overdue = true) then 1 else 0 end,"
            + " (select s.signer_fingerprint from message_signature s where s.reference = r.reference)"
            + " from report r order by r.received_at desc, r.reference desc fetch first " + PAGE + " rows only";

    private Database database;
    private String reference;
    private List<String> newestPage;

    protected abstract TestDatabase database();

    @BeforeAll
    void loadAHistory() throws SQLException {
        database = StoreFixtures.open(database());
        try (Connection connection = database.dataSource().getConnection()) {
            reference = BulkLoader.load(connection, 3_000).get(7);
            BulkLoader.analyze(connection);
            newestPage = strings(connection, "select reference from report order by received_at desc, reference desc"
                    + " fetch first " + PAGE + " rows only");
        }
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void theLoadedHistoryIsWhatTheReadsWillFind() throws SQLException {
        assertThat(newestPage).hasSize(PAGE);
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(strings(connection, "select partner_id from report where reference = '" + reference + "'"))
                    .containsExactly("nl-hotline");
            assertThat(strings(connection, "select event_type from report_event where reference = '" + reference + "' order by id"))
                    .startsWith("RECEIVED", "VALIDATED", "ROUTED");
        }
    }

    @Test
    void aStatusReadWalksIndexesOnly() throws SQLException {
        assertIndexed("select reference, partner_id, partner_reference, content_sha256, status, received_at from report"
                + " where reference = ?", reference);
        assertIndexed("select occurred_at, actor, event_type, detail from report_event where reference = ? order by id", reference);
        assertIndexed("select partner_id, status, receiver_reference, acknowledged_at, ack_due_at, ack_overdue, furthest_feedback"
                + " from delivery where reference = ? and feedback_id is null order by id", reference);
        assertIndexed("select removed_at, takedown_seconds from report where reference = ?", reference);
        assertIndexed("select reference, position, partner_id, furthest_feedback, reason, removed_at from item_status"
                + " where reference in (?)", reference);
        assertIndexed("select reference, partner_id, status, item_positions from delivery where feedback_id is null"
                + " and reference in (?) order by id", reference);
        assertIndexed("select reference, position, url, hosting_country, assigned_country from report_content_item"
                + " where reference in (?) order by reference, position", reference);
        assertIndexed("select message_id from delivery where reference = ? and partner_id = ? and feedback_id is null"
                + " order by created_at, message_id", reference, "police-fccu");
        assertAuditEntryIsAPlainInsert();
    }

    @Test
    void theCaseViewsFirstPageWalksIndexesOnly() throws SQLException {
        String plan = assertIndexed(FIRST_PAGE);
        assertThat(plan).containsIgnoringCase("report_received_reference_idx");
        assertTableReadWithout("report_received_reference_idx", FIRST_PAGE);
        String in = String.join(", ", Collections.nCopies(PAGE, "?"));
        Object[] page = newestPage.toArray();
        // 51 references among 3,000 rows: PostgreSQL rightly reads the table's few pages instead of probing an index 51
        // times; the same page among millions probes (README, Benchmark). Here: that an index fits each of them.
        assertAnIndexFits("select distinct reference, hosting_country from report_content_item where reference in (" + in + ")"
                + " order by reference, hosting_country", page);
        assertAnIndexFits("select reference, position, partner_id, furthest_feedback, reason, removed_at from item_status"
                + " where reference in (" + in + ")", page);
        assertAnIndexFits("select reference, partner_id, status, item_positions from delivery where feedback_id is null"
                + " and reference in (" + in + ") order by id", page);
        assertAnIndexFits("select reference, position, url, hosting_country, assigned_country from report_content_item"
                + " where reference in (" + in + ") order by reference, position", page);
        assertAnIndexFits("select reference, position, earlier_reference, earlier_position, matched_on from content_link"
                + " where reference in (" + in + ") order by linked_at, reference, position", page);
        assertAnIndexFits("select earlier_reference, earlier_position, reference, position, matched_on from content_link"
                + " where earlier_reference in (" + in + ") order by linked_at, reference, position", page);
        assertAuditEntryIsAPlainInsert();
    }

    /** The read's chain entry: one row appended to audit_pending, nothing read. */
    private void assertAuditEntryIsAPlainInsert() throws SQLException {
        assertIndexed("insert into audit_pending (kind, action, subject, actor, recorded_at, content_sha256)"
                + " values (?, ?, ?, ?, ?, ?)", "REPORT_READ", "CASE_VIEW", "51 reports", "case-management", Instant.now(),
                "0".repeat(64));
    }

    private String assertIndexed(String sql, Object... parameters) throws SQLException {
        String plan = explain(sql, parameters);
        assertThat(TABLE_SCAN.matcher(plan).find()).as("a table read in the plan of %s:%n%s", sql, plan).isFalse();
        return plan;
    }

    /**
     * The plan with sequential scans priced out (PostgreSQL's enable_seqscan off, for this transaction only): a table
     * read left in it means that no index fits the statement.
     */
    private void assertAnIndexFits(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set local enable_seqscan = off");
                    }
                }
                String plan = explain(connection, sql, parameters);
                assertThat(TABLE_SCAN.matcher(plan).find()).as("no index fits %s:%n%s", sql, plan).isFalse();
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * The mistake the index guards against: on PostgreSQL, without it (dropped in a transaction that is rolled back)
     * the plan reads the table. Not on H2, where a drop commits at once.
     */
    private void assertTableReadWithout(String index, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop index " + index);
                assertThat(explain(connection, sql)).as("without " + index).contains("Seq Scan on report");
            } finally {
                connection.rollback();
            }
        }
    }

    private String explain(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return explain(connection, sql, parameters);
        }
    }

    private static String explain(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Instant instant) {
                    SqlTime.set(statement, i + 1, instant);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
