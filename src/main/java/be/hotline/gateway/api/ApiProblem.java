package be.hotline.gateway.api;

import be.hotline.gateway.report.FieldError;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the partner API answers with. Thrown from anywhere in a request's route;
 * {@link ProblemResponder} writes it as application/problem+json.
 */
public class ApiProblem extends RuntimeException {

    private static final String TYPE_PREFIX = "urn:hotline-gateway:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final Map<String, Object> extensions;

    ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors, Map<String, String> headers) {
        this(status, slug, title, detail, errors, headers, Map.of());
    }

    private ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors,
                       Map<String, String> headers, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
        this.status = status;
        this.type = TYPE_PREFIX + slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem of(int status, String slug, String title, String detail) {
        return new ApiProblem(status, slug, title, detail, List.of(), Map.of());
    }

    public static ApiProblem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    /** Parts of the API meant for the hotline's own systems only (the case view, statistics). */
    public static ApiProblem internalOnly(String detail) {
        return of(403, "internal-only", "Only for the hotline's own systems", detail);
    }

    /** Every query parameter at fault, each as {parameter, detail}, so a caller fixes them in one go. */
    public static ApiProblem invalidQuery(List<ParameterError> errors) {
        List<Map<String, String>> listed = errors.stream()
                .map(e -> Map.of("parameter", e.parameter(), "detail", e.detail())).toList();
        return new ApiProblem(400, "invalid-query", "Invalid query parameters",
                errors.size() + " query parameter(s) are invalid; see errors.", List.of(), Map.of(), Map.of("errors", listed));
    }

    /** An X-Message-Signature that does not prove the body came unchanged from the calling partner; nothing stored. */
    public static ApiProblem invalidSignature(String detail) {
        return of(401, "invalid-signature", "The message signature is not valid", detail);
    }

    /** A partner registered with requireSignature: true pushed without X-Message-Signature; nothing stored. */
    public static ApiProblem signatureRequired(String detail) {
        return of(401, "signature-required", "A message signature is required", detail);
    }

    public static ApiProblem notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    /** @param earlierReference our reference of the report stored before under the same partnerReference */
    public static ApiProblem conflict(String detail, String earlierReference) {
        return new ApiProblem(409, "partner-reference-conflict", "Conflict with an earlier report", detail, List.of(),
                Map.of("Location", GatewayPaths.REPORTS + "/" + earlierReference), Map.of("reference", earlierReference));
    }

    /** Feedback that cannot happen in the report's lifecycle, e.g. anything after CLOSED. */
    public static ApiProblem feedbackConflict(String detail) {
        return of(409, "feedback-conflict", "The feedback conflicts with the report's lifecycle", detail);
    }

    /** A feedback id used before for another item. */
    public static ApiProblem feedbackIdReused(String detail) {
        return of(409, "feedback-id-reused", "The feedback id was used for another item", detail);
    }

    /** The connection is closed after this answer: the rest of the body is never read. */
    public static ApiProblem payloadTooLarge(long limit) {
        return new ApiProblem(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + limit + " bytes.", List.of(), Map.of("Connection", "close"));
    }

    /** A body that arrives too slowly holds a thread; the connection is closed. */
    public static ApiProblem bodyTooSlow(java.time.Duration limit) {
        return new ApiProblem(408, "request-timeout", "Request timeout",
                "The request body did not arrive within " + limit.toSeconds() + " s.", List.of(), Map.of("Connection", "close"));
    }

    /** The connection broke while the body was being sent. */
    public static ApiProblem bodyUnreadable() {
        return new ApiProblem(400, "malformed-request", "Malformed request",
                "The request body could not be read to its end.", List.of(), Map.of("Connection", "close"));
    }

    public static ApiProblem unsupportedContentEncoding(String given) {
        return of(415, "unsupported-content-encoding", "Unsupported content encoding",
                "Content-Encoding '" + given + "' is not accepted; send the body uncompressed (identity).");
    }

    /** A partner over its request rate or its number of requests in progress. */
    public static ApiProblem tooManyRequests(int retryAfterSeconds) {
        return new ApiProblem(429, "too-many-requests", "Too many requests",
                "This partner is over its request limit; retry after " + retryAfterSeconds + " s.", List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public static ApiProblem unsupportedMediaType(String given) {
        return of(415, "unsupported-media-type", "Unsupported media type",
                "Content-Type '" + given + "' is not accepted; send application/json or application/xml.");
    }

    public static ApiProblem methodNotAllowed(String method, String allow) {
        return new ApiProblem(405, "method-not-allowed", "Method not allowed",
                method + " is not allowed here; allowed: " + allow + ".", List.of(), Map.of("Allow", allow));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** RFC 9457 extension members, e.g. the earlier report's reference of a 409. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
