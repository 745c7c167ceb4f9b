package be.hotline.gateway.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * H2 over TCP reports a lost server with its own codes, not SQLState class 08: 90028/90031 I/O error,
 * 90067 connection broken, 90098 database closed, 90121 shut down. Transactions answers them as "database
 * unavailable" (503); as HikariCP's exception override it makes the pool throw such a connection away, which
 * HikariCP would otherwise hand out again for ever after the server came back.
 */
public final class H2ConnectionLoss implements SQLExceptionOverride {

    private static final Set<String> CODES = Set.of("90028", "90031", "90067", "90098", "90121");

    static boolean is(SQLException e) {
        return e.getSQLState() != null && CODES.contains(e.getSQLState());
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return is(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
