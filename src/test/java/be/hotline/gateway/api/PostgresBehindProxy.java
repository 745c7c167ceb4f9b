package be.hotline.gateway.api;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.TcpProxy;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;

/**
 * A gateway whose PostgreSQL (a fresh schema) sits behind a proxy a test can cut and restore; {@code direct}
 * reads the same database past the proxy. The pool gives up on a connection after 1 s, so an outage answers fast.
 */
abstract class PostgresBehindProxy extends GatewayTestSupport {

    final TestDatabase direct = TestDatabase.postgres();
    final TcpProxy proxy = startProxy();
    private final TestDatabase throughProxy = new TestDatabase("PostgreSQL via proxy",
            direct.jdbcUrl().replace(":5432/", ":" + proxy.port() + "/"), direct.user());

    @Override
    protected TestDatabase database() {
        return throughProxy;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.db.connection-timeout-ms", "1000");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    private static TcpProxy startProxy() {
        try {
            return new TcpProxy(5432);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
