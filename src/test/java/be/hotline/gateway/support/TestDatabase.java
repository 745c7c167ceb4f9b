package be.hotline.gateway.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: an H2 file in a temp folder, or a new schema in the
 * PostgreSQL that CI machines run on 127.0.0.1:5432. A missing PostgreSQL fails the test, never skips it.
 */
public record TestDatabase(String kind, String jdbcUrl, String user) {

    /** An H2 file database in a new temp folder. */
    public static TestDatabase freshH2() {
        try {
            return h2(java.nio.file.Files.createTempDirectory("gateway-h2"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestDatabase h2(Path folder) {
        return new TestDatabase("H2", "jdbc:h2:file:" + folder.resolve("gateway").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000", "sa");
    }

    public static TestDatabase postgres() {
        String server = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("test.postgres.user", "postgres");
        String schema = "gw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(server, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for the persistence tests at " + server
                    + " (user " + user + ", trust auth); start it or set -Dtest.postgres.url", e);
        }
        String separator = server.contains("?") ? "&" : "?";
        return new TestDatabase("PostgreSQL", server + separator + "currentSchema=" + schema, user);
    }

    public Properties gatewayProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.db.url", jdbcUrl);
        properties.setProperty("gateway.db.user", user);
        properties.setProperty("gateway.db.password", "");
        return properties;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
