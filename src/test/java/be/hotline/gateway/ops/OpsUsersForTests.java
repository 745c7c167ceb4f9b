package be.hotline.gateway.ops;

import java.util.Properties;

/** Ops users for tests: cheap hashes (few iterations) so the many Basic requests stay fast. */
final class OpsUsersForTests {

    static final String USER = "alice";
    static final String PASSWORD = "alice-test-password";
    static final String SETTING = USER + ":" + PasswordHash.hash(PASSWORD.toCharArray(), 1000)
            + ",bob:" + PasswordHash.hash("bob-test-password".toCharArray(), 1000);

    private OpsUsersForTests() {
    }

    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.ops.user-password", SETTING);
        return properties;
    }
}
