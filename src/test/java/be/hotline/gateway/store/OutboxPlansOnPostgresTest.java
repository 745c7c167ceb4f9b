package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a delivery table of 20,000 rows that was never analysed (as on a server whose autovacuum is off), an
 * outbox transaction reaches a batch's rows through the indexes; without {@link OutboxPlans} PostgreSQL
 * reads the whole table for the same statements.
 */
class OutboxPlansOnPostgresTest {

    private static final String RECEIVERS = "select reference, status, furthest_feedback from delivery"
            + " where feedback_id is null and reference in (%s)";
    private static final String CLAIM = "select id from delivery where status = 'PENDING' and due_at <= now()"
            + " and (lease_until is null or lease_until <= now()) order by due_at limit 32 for update skip locked";

    private static Database database;

    @BeforeAll
    static void fillWithoutStatistics() throws SQLException {
        database = StoreFixtures.open(TestDatabase.postgres());
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into report (reference, partner_id, partner_reference, content_sha256, received_format,"
                    + " status, received_at, classification, report_json) select 'HX-' || n, 'nl-hotline', 'NL-' || n,"
                    + " repeat('0', 64), 'JSON', 'ROUTED', now(), 'CSAM', '{}' from generate_series(1, 20000) n");
            statement.execute("insert into delivery (message_id, reference, partner_id, purpose, format, item_positions,"
                    + " status, attempts, created_at, due_at) select 'M-' || n, 'HX-' || n, 'police-fccu', 'REPORT',"
                    + " 'POLICE_XML', '0', 'PENDING', 0, now(), now() - interval '1 minute' from generate_series(1, 20000) n");
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aBatchOfReferencesIsReadThroughTheIndexNotTheWholeTable() throws SQLException {
        String batch = batchOfReferences();
        assertThat(plan(String.format(RECEIVERS, batch), false)).as("the mistake this guards against").contains("Seq Scan");
        assertThat(plan(String.format(RECEIVERS, batch), true)).contains("Index Scan using delivery_reference_idx")
                .doesNotContain("Seq Scan").doesNotContain("Bitmap");
    }

    @Test
    void aClaimWalksTheDueIndexAndStopsAfterTheBatch() throws SQLException {
        assertThat(plan(CLAIM, true)).contains("Index Scan using delivery_due_idx").doesNotContain("Sort")
                .doesNotContain("Seq Scan").doesNotContain("Bitmap");
    }

    @Test
    void aBatchUpdateByIdUsesThePrimaryKey() throws SQLException {
        String ids = String.join(",", java.util.stream.IntStream.rangeClosed(5000, 5031).mapToObj(Integer::toString).toList());
        assertThat(plan("update delivery set lease_token = 'x' where id in (" + ids + ")", true))
                .contains("Index Scan using delivery_pkey").doesNotContain("Seq Scan");
    }

    @Test
    void aClaimLeavingOutAPartnerThatIsDownNeverStepsOverItsBacklog() throws SQLException {
        String due = "status = 'PENDING' and due_at <= now() and (lease_until is null or lease_until <= now())";
        String skipping = "select id from delivery where " + due + " and partner_id not in ('police-fccu')"
                + " order by due_at limit 32 for update skip locked";
        assertThat(rowsSteppedOver(plan("analyze " + skipping, true))).as("the mistake this guards against").isGreaterThan(19_000);

        String plan = preparedPlan(OutboxStore.firstDueOfEachSql(1), "'de-hotline'", "now()", "now()", "32", "32");
        assertThat(plan).contains("delivery_partner_due_idx").doesNotContain("Seq Scan").doesNotContain("Bitmap");
        assertThat(rowsSteppedOver(plan)).isZero();
    }

    @Test
    void aClaimWithACappedPartnerWalksEachPartnersDueIndexForItsRoomOnly() throws SQLException {
        String plan = preparedPlan(OutboxStore.firstDueOfEachSql(2), "'de-hotline'", "now()", "now()", "32",
                "'police-fccu'", "now()", "now()", "2", "32");
        assertThat(plan).contains("delivery_partner_due_idx").doesNotContain("Seq Scan").doesNotContain("Bitmap");
        assertThat(rowsSteppedOver(plan)).isZero();
        assertThat(plan).as("the capped partner's walk stops after its room").contains("rows=2 loops=1");
    }

    @Test
    void aClaimLocksItsCandidatesByPrimaryKeyWithoutWalkingTheBacklog() throws SQLException {
        String[] arguments = {"5000", "5001", "5002", "now()", "now()"};
        String plan = preparedPlan(OutboxStore.lockDueByIdSql(3), arguments);
        assertThat(plan).contains("Index Scan using delivery_pkey").doesNotContain("delivery_due_idx")
                .doesNotContain("Seq Scan").doesNotContain("Bitmap");
        assertThat(plan).as("the three candidates, locked").contains("LockRows").contains("rows=3 loops=1");
        assertThat(rowsSteppedOver(plan)).isZero();
    }

    /**
     * The plan of a statement prepared on the server, as pgjdbc prepares the claim's statements, at its sixth
     * execution: from then on PostgreSQL may keep a generic plan, made without the parameters' values, unless the
     * session says otherwise ({@link OutboxPlans}).
     */
    private static String preparedPlan(String sqlWithQuestionMarks, String... arguments) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : sqlWithQuestionMarks.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        assertThat(parameter).as("one argument per parameter").isEqualTo(arguments.length);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                OutboxPlans.apply(connection);
                statement.execute("prepare claim_statement as " + numbered);
                for (int execution = 1; execution <= 5; execution++) {
                    statement.execute("execute claim_statement(" + String.join(", ", arguments) + ")");
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain analyze execute claim_statement("
                        + String.join(", ", arguments) + ")")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("deallocate all");
                }
            }
        }
    }

    /** The rows a plan read and threw away ("Rows Removed by Filter"), over all its nodes. */
    private static long rowsSteppedOver(String plan) {
        return java.util.regex.Pattern.compile("Rows Removed by Filter: (\\d+)").matcher(plan).results()
                .mapToLong(match -> Long.parseLong(match.group(1))).sum();
    }

    private static String batchOfReferences() {
        List<String> references = new ArrayList<>();
        for (int n = 100; n < 132; n++) {
            references.add("'HX-" + n + "'");
        }
        return String.join(",", references);
    }

    private static String plan(String sql, boolean outboxPlans) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (outboxPlans) {
                    OutboxPlans.apply(connection);
                }
                StringBuilder plan = new StringBuilder();
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("explain " + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        }
    }
}
