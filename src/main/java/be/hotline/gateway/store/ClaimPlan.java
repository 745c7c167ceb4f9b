package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the claim query walking the due index in order on PostgreSQL. Without fresh statistics (a new
 * table, or a server whose autovacuum is off) the planner guesses a handful of due rows and picks a bitmap
 * scan plus a sort of the whole backlog: every claim then costs time in proportion to the backlog (about
 * 100 ms per claim at 100,000 pending deliveries). The index walk stops after the rows it needs. H2 always
 * walks the index for this query.
 */
final class ClaimPlan {

    private ClaimPlan() {
    }

    /** Call inside the claim's transaction: {@code set local} ends with it. */
    static void preferIndexOrder(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local enable_bitmapscan = off");
            }
        }
    }
}
