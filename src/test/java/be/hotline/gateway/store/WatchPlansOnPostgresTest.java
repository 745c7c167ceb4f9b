package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The follow-up watch runs at every scrape: on a history of 40,000 deliveries and feedback items, nearly all long
 * finished, PostgreSQL answers each of its questions through the V12 indexes, never by reading a whole table.
 */
class WatchPlansOnPostgresTest {

    private static final List<String> NOT_OUTCOMES = List.of("ACKNOWLEDGED", "FORWARDED_TO_LAW_ENFORCEMENT", "CASE_OPENED");
    private static Database database;

    @BeforeAll
    static void fillAHistory() throws SQLException {
        database = StoreFixtures.open(TestDatabase.postgres());
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into report (reference, partner_id, partner_reference, content_sha256, received_format,"
                    + " status, received_at, classification, report_json) select 'HX-' || n, 'case-management', 'CM-' || n,"
                    + " repeat('0', 64), 'JSON', 'CLOSED', now(), 'BASELINE', '{}' from generate_series(1, 40000) n");
            // 40,000 finished deliveries to 40 receivers, 20 of them stalled, 20 still waiting for an answer.
            statement.execute("insert into delivery (message_id, reference, partner_id, purpose, format, item_positions, status,"
                    + " attempts, created_at, due_at, delivered_at, acknowledged_at, furthest_feedback) select 'M-' || n, 'HX-' || n,"
                    + " 'partner-' || (n % 40), 'HOTLINE_EXCHANGE', 'JSON', '0',"
                    + " case when n <= 20 then 'DELIVERED' else 'ACKNOWLEDGED' end, 1,"
                    + " now() - n * interval '1 minute', now() - n * interval '1 minute', now() - n * interval '1 minute',"
                    + " case when n > 20 then now() - n * interval '1 minute' end,"
                    + " case when n <= 20 then null when n <= 40 then 'CASE_OPENED' else 'CLOSED' end from generate_series(1, 40000) n");
            statement.execute("insert into feedback (reference, partner_id, feedback_id, type, occurred_at, received_at)"
                    + " select 'HX-' || n, 'partner-' || (n % 40), 'F-' || n, 'CLOSED', now(), now() - n * interval '1 minute'"
                    + " from generate_series(21, 40000) n");
            statement.execute("analyze delivery; analyze feedback");
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void stalledDeliveriesAreFoundThroughTheirIndexNotAmongTheFinishedOnes() throws SQLException {
        String where = WatchQueries.stalledWhere(NOT_OUTCOMES).replaceFirst("\\?", "now() - interval '7 days'")
                .replace("?", "'%s'");
        where = String.format(where, NOT_OUTCOMES.toArray());
        String oldestFirst = "select id from delivery where " + where + " order by acknowledged_at, id limit 50";
        assertThat(planWithout("delivery_stalled_idx", oldestFirst)).as("the mistake this guards against").contains("Seq Scan");
        assertThat(plan(oldestFirst)).contains("delivery_stalled_idx").doesNotContain("Seq Scan");
        assertThat(plan("select partner_id, count(*) from delivery where " + where + " group by partner_id"))
                .contains("delivery_stalled_idx").doesNotContain("Seq Scan");
    }

    @Test
    void aPartnersLastWordIsOneIndexLookup() throws SQLException {
        assertThat(plan("select max(acknowledged_at) from delivery where partner_id = 'partner-7'"))
                .contains("delivery_partner_acknowledged_idx").doesNotContain("Seq Scan");
        assertThat(plan("select max(received_at) from feedback where partner_id = 'partner-7'"))
                .contains("feedback_partner_received_idx").doesNotContain("Seq Scan");
    }

    @Test
    void waitingDeliveriesAreNotLookedForAmongTheAcknowledged() throws SQLException {
        assertThat(plan("select partner_id, count(*), min(delivered_at) from delivery where status = 'DELIVERED'"
                + " and feedback_id is null and delivered_at < now() group by partner_id")).doesNotContain("Seq Scan");
    }

    /** The plan as it would be without the index (dropped in a transaction that is rolled back). */
    private static String planWithout(String index, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop index " + index);
                return explain(statement, sql);
            } finally {
                connection.rollback();
            }
        }
    }

    private static String explain(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery("explain " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }

    private static String plan(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            return explain(statement, sql);
        }
    }
}
