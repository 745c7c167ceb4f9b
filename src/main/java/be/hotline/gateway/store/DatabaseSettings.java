package be.hotline.gateway.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How to reach the database; production values come from the environment. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, long connectionTimeoutMillis) {

    private static final String H2 = "jdbc:h2:";

    /**
     * The embedded H2 database's file name without its extension ({@code ./data/gateway} for
     * {@code jdbc:h2:file:./data/gateway;WRITE_DELAY=0}), or empty when the URL names no local H2 file
     * (PostgreSQL, {@code mem:}, {@code tcp:} ...).
     */
    public Optional<Path> h2File() {
        if (!jdbcUrl.regionMatches(true, 0, H2, 0, H2.length())) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(H2.length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: ... (a single letter before ':' is a Windows drive)
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    /**
     * The URL the pool connects with. An H2 file is kept open until the pool closes it: by default H2 closes it from
     * its own JVM shutdown hook, under deliveries still being recorded during the graceful stop that SIGTERM starts.
     */
    public String connectionUrl() {
        if (h2File().isEmpty() || jdbcUrl.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", pool=" + maxPoolSize + "]";
    }
}
