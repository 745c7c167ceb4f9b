package be.hotline.gateway.ops;

import java.util.Properties;

/** Ops users for tests: cheap hashes (few iterations) so the many Basic requests stay fast. */
public final class OpsUsersForTests {

    public static final String USER = "alice";
    public static final String PASSWORD = password(USER);
    static final String SETTING = USER + ":" + PasswordHash.hash(PASSWORD.toCharArray(), 1000)
            + ",bob:" + PasswordHash.hash(password("bob").toCharArray(), 1000);

    private OpsUsersForTests() {
    }

    /** Every test user's password: its name and "-test-password". */
    static String password(String user) {
        return user + "-test-password";
    }

    /** alice and bob, and these users too. */
    public static Properties properties(String... moreUsers) {
        StringBuilder setting = new StringBuilder(SETTING);
        for (String user : moreUsers) {
            setting.append(',').append(user).append(':').append(PasswordHash.hash(password(user).toCharArray(), 1000));
        }
        Properties properties = new Properties();
        properties.setProperty("gateway.ops.user-password", setting.toString());
        return properties;
    }
}
