package be.hotline.gateway.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ops users from {@code gateway.ops.user-password = alice:<hash>,bob:<hash>}. An unknown user costs the same
 * as a wrong password (a dummy hash is checked), so the answer time does not tell which names exist.
 */
public final class OpsUsers {

    /**
     * The environment variable docs/ops once named by mistake. Nothing ever read it, so a gateway started with it
     * kept the users of application.properties (the DEMO user): it stops the start instead, naming the right one.
     */
    static final String MISTAKEN_VARIABLE = "GATEWAY_OPS_USERS";

    /** The password of the demo user in the shipped application.properties; refused in production. */
    public static final String DEMO_PASSWORD = "demo-ops-password";

    private final Map<String, String> hashes;
    private volatile String dummy;

    private OpsUsers(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    public static OpsUsers parse(String setting) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("gateway.ops.user-password: expected user:pbkdf2$..., got an entry without a name");
            }
            String hash = entry.substring(colon + 1).trim();
            try {
                PasswordHash.requireWellFormed(hash); // a malformed hash stops the start, not the first login
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("gateway.ops.user-password: the hash of " + entry.substring(0, colon).trim()
                        + " is " + e.getMessage());
            }
            hashes.put(entry.substring(0, colon).trim(), hash);
        }
        return new OpsUsers(hashes);
    }

    /** Refuses to start with {@value #MISTAKEN_VARIABLE} set: its users would silently not be the ones in force. */
    public static void refuseMistakenVariable(Map<String, String> environment) {
        if (environment.containsKey(MISTAKEN_VARIABLE)) {
            throw new IllegalStateException(MISTAKEN_VARIABLE + " is set but is not a setting: the ops users are"
                    + " gateway.ops.user-password, environment variable GATEWAY_OPS_USER_PASSWORD. Rename it and start again.");
        }
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public boolean exists(String user) {
        return hashes.containsKey(user);
    }

    /** @return the user name when the password is right */
    public Optional<String> authenticate(String user, char[] password) {
        String hash = hashes.get(user);
        boolean right = PasswordHash.verify(hash == null ? dummy() : hash, password);
        return right && hash != null ? Optional.of(user) : Optional.empty();
    }

    /** A hash as costly as the real ones, for unknown users; made on first need, not at start. */
    private String dummy() {
        if (dummy == null) {
            int iterations = hashes.values().stream().findFirst().map(h -> Integer.parseInt(h.split("\\$")[1]))
                    .orElse(PasswordHash.DEFAULT_ITERATIONS);
            dummy = PasswordHash.hash("no-such-user".toCharArray(), iterations);
        }
        return dummy;
    }

    /** Whether any user still has the demo password (whatever its salt). */
    public boolean anyHasDemoPassword() {
        return hashes.values().stream().anyMatch(hash -> PasswordHash.verify(hash, DEMO_PASSWORD.toCharArray()));
    }

    /** In production the gateway does not start with no ops user or with the demo password. */
    public void requireSafeFor(String mode) {
        if (!"production".equalsIgnoreCase(mode.trim())) {
            return;
        }
        if (isEmpty()) {
            throw new IllegalStateException("gateway.mode=production needs at least one ops user in gateway.ops.user-password"
                    + " (make a hash with: gateway ops hash-password)");
        }
        if (anyHasDemoPassword()) {
            throw new IllegalStateException("gateway.mode=production refuses the DEMO ops password: set gateway.ops.user-password"
                    + " to your own users (make a hash with: gateway ops hash-password)");
        }
    }
}
