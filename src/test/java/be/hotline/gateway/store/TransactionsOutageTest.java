package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/** A real H2 TCP server taken down mid-life is "database unavailable" (503), not an internal error. */
class TransactionsOutageTest {

    @Test
    void anH2TcpServerTakenDownIsUnavailable() throws Exception {
        Path dir = Files.createTempDirectory("h2tcp");
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:tcp://localhost:" + server.getPort() + "/gw");
        dataSource.setUser("sa");
        Transactions transactions = new Transactions(dataSource);
        boolean created = transactions.inTransaction(c -> execute(c, "create table t(x int)"));
        assertThat(created).isTrue();

        server.stop();
        assertThatThrownBy(() -> transactions.inTransaction(c -> execute(c, "insert into t values (1)")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> transactions.read(c -> execute(c, "select 1")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    private static boolean execute(Connection connection, String sql) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        }
    }
}
