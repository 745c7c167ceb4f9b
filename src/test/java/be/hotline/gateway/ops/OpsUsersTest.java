package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Ops users' hashes, the production guard against the demo password, and the variable the docs once named by mistake. */
class OpsUsersTest {

    private static String shippedUsers() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = OpsUsersTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("gateway.ops.user-password");
    }

    @Test
    void theShippedDemoUserIsOpsWithTheDemoPassword() throws Exception {
        OpsUsers users = OpsUsers.parse(shippedUsers());
        assertThat(users.authenticate("ops", OpsUsers.DEMO_PASSWORD.toCharArray())).contains("ops");
        assertThat(users.authenticate("ops", "other".toCharArray())).isEmpty();
        assertThat(users.authenticate("nobody", OpsUsers.DEMO_PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void productionRefusesTheDemoPasswordEvenRehashedAndNoUsers() throws Exception {
        assertThatThrownBy(() -> OpsUsers.parse(shippedUsers()).requireSafeFor("production"))
                .hasMessageContaining("refuses the DEMO ops password");
        String rehashed = "ops2:" + PasswordHash.hash(OpsUsers.DEMO_PASSWORD.toCharArray(), 1000);
        assertThatThrownBy(() -> OpsUsers.parse(rehashed).requireSafeFor("production")).hasMessageContaining("DEMO");
        assertThatThrownBy(() -> OpsUsers.parse("").requireSafeFor("production")).hasMessageContaining("at least one ops user");
        OpsUsers.parse(OpsUsersForTests.SETTING).requireSafeFor("production");
        OpsUsers.parse(shippedUsers()).requireSafeFor("demo");
    }

    @Test
    void aMalformedHashStopsTheStart() {
        assertThatThrownBy(() -> OpsUsers.parse("alice:plaintext")).hasMessageContaining("alice");
        assertThatThrownBy(() -> OpsUsers.parse("alice")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gatewayOpsUsersInTheEnvironmentStopsTheStartNamingTheRealVariable() {
        assertThatThrownBy(() -> OpsUsers.refuseMistakenVariable(Map.of("GATEWAY_OPS_USERS", "alice:pbkdf2$1$a$b")))
                .hasMessageContaining("GATEWAY_OPS_USER_PASSWORD").hasMessageContaining("gateway.ops.user-password");
        OpsUsers.refuseMistakenVariable(Map.of("GATEWAY_OPS_USER_PASSWORD", OpsUsersForTests.SETTING));
        OpsUsers.refuseMistakenVariable(Map.of());
    }
}
