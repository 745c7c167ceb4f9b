package be.hotline.gateway.store;

/** How to reach the database; production values come from the environment. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, long connectionTimeoutMillis) {

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", pool=" + maxPoolSize + "]";
    }
}
