package be.hotline.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The connection pool, brought to the newest schema before anything else touches it. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the pool and migrates; an H2 file database's directory and files are made private to this user. */
    public static Database open(DatabaseSettings settings) {
        Optional<PrivateDataFiles> h2Files = settings.h2File().map(PrivateDataFiles::new);
        h2Files.ifPresent(PrivateDataFiles::createDirectory);
        HikariConfig config = new HikariConfig();
        config.setPoolName("gateway-db");
        config.setJdbcUrl(settings.connectionUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(settings.connectionTimeoutMillis());
        config.setAutoCommit(true);
        // A connection to an H2 TCP server that went away must leave the pool, or the gateway never recovers.
        config.setExceptionOverrideClassName(H2ConnectionLoss.class.getName());
        if (settings.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // One multi-row insert per batch instead of a statement per row (attempts, events, report items).
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        h2Files.ifPresent(PrivateDataFiles::tighten);
        return new Database(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
