package be.hotline.gateway.ops;

import java.util.Map;

/** An RFC 9457 problem the ops API answers with; {@link OpsProblemResponder} writes it. */
public final class OpsProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String slug;
    private final String title;
    private final transient Map<String, String> headers;

    public OpsProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    private OpsProblem(int status, String slug, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public static OpsProblem unauthorized() {
        return new OpsProblem(401, "unauthorized", "Login required",
                "Log in at /ops/login, or send HTTP Basic credentials of an ops user.");
    }

    public static OpsProblem badCredentials() {
        return new OpsProblem(401, "bad-credentials", "Wrong user name or password", "The user name or password is wrong.");
    }

    public static OpsProblem unknownCertificate() {
        return new OpsProblem(401, "unknown-certificate", "Certificate not mapped to an ops user",
                "The client certificate is not mapped to an ops user (gateway.ops.client-certificates).");
    }

    /** 429: the user name or the client address is locked out for {@code seconds} after failed sign-ins. */
    public static OpsProblem throttled(long seconds) {
        return new OpsProblem(429, "login-throttled", "Too many failed sign-ins",
                "Too many failed sign-ins for this user name or from this address: try again in " + seconds + " seconds.",
                Map.of("Retry-After", Long.toString(seconds)));
    }

    public static OpsProblem csrf() {
        return new OpsProblem(403, "csrf", "Missing or wrong CSRF token",
                "A POST made with the session cookie must carry the header X-Ops-CSRF with the token from /ops/login.");
    }

    public static OpsProblem notFound(String detail) {
        return new OpsProblem(404, "not-found", "Not found", detail);
    }

    public static OpsProblem conflict(String detail) {
        return new OpsProblem(409, "wrong-state", "Not allowed in this state", detail);
    }

    public static OpsProblem badRequest(String detail) {
        return new OpsProblem(400, "bad-request", "Bad request", detail);
    }

    public static OpsProblem reasonRequired() {
        return new OpsProblem(422, "reason-required", "A reason is required", "Give a non-blank reason.");
    }

    public int status() {
        return status;
    }

    public String type() {
        return "urn:hotline-gateway:problem:" + slug;
    }

    public String title() {
        return title;
    }

    /** Headers the answer carries besides the problem document (e.g. Retry-After). */
    public Map<String, String> headers() {
        return headers;
    }
}
