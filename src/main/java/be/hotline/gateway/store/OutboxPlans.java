package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps PostgreSQL's plans for the outbox's statements right while the delivery table grows and shrinks
 * by orders of magnitude. Every statement of an outbox transaction reaches its rows by key or walks an
 * index in order, so none of them ever needs to read a whole table; without fresh statistics (a new
 * table, or a server whose autovacuum is off) the planner does not know that, and each mistake costs time
 * in proportion to the backlog:
 * <ul>
 *   <li>the claim: it guesses a handful of due rows and picks a bitmap scan plus a sort of the whole
 *       backlog (about 100 ms per claim at 100,000 pending) instead of walking the due index, which stops
 *       after the rows it needs;</li>
 *   <li>the batch statements by id or reference ({@code in (?, ?, ...)}): with its default guess for an
 *       unknown column it expects hundreds of rows per value and reads the whole table, testing every row
 *       against the list (11 to 30 ms per batch at 35,000 rows, measured with pg_stat_statements), a plan
 *       that PostgreSQL then keeps for the statement pgjdbc prepared on the server.</li>
 * </ul>
 * So an outbox transaction never plans a table scan or a bitmap scan. H2
 * walks the indexes for these statements anyway.
 */
final class OutboxPlans {

    private OutboxPlans() {
    }

    /** Call first inside an outbox transaction: {@code set local} ends with it. */
    static void apply(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local enable_seqscan = off; set local enable_bitmapscan = off");
            }
        }
    }
}
