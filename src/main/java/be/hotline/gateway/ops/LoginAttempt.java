package be.hotline.gateway.ops;

/**
 * One sign-in: the user name as typed (cut to 64 characters, so neither the audit nor the throttle keeps more),
 * the client address, how (password, basic, certificate), and an optional detail for the audit.
 */
record LoginAttempt(String user, String address, String method, String detail) {

    static final int MAX_NAME = 64;
    static final String PASSWORD = "password";
    static final String BASIC = "basic";
    static final String CERTIFICATE = "certificate";

    LoginAttempt {
        user = user == null ? "" : user.length() > MAX_NAME ? user.substring(0, MAX_NAME) : user;
    }

    LoginAttempt(String user, String address, String method) {
        this(user, address, method, null);
    }

    /** What the audit's reason column says: where from, and the detail if any. */
    String auditReason(String more) {
        StringBuilder reason = new StringBuilder("from ").append(address);
        if (detail != null) {
            reason.append("; ").append(detail);
        }
        if (more != null) {
            reason.append("; ").append(more);
        }
        return reason.toString();
    }
}
