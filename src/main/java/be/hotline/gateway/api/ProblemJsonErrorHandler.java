package be.hotline.gateway.api;

import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (unknown path, wrong method, unreadable request) as RFC 9457 problems
 * instead of HTML pages, so a partner's client parses one error format everywhere.
 */
public final class ProblemJsonErrorHandler extends ErrorHandler {

    private final Map<String, String> allowedMethodsByPathPattern;

    /** @param allowedMethodsByPathPattern regular expression of a path → its Allow header value, for 405s */
    public ProblemJsonErrorHandler(Map<String, String> allowedMethodsByPathPattern) {
        this.allowedMethodsByPathPattern = Map.copyOf(allowedMethodsByPathPattern);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        String path = Request.getPathInContext(request);
        JettyProblemReply.write(response, problemFor(status, request.getMethod(), path), path, false, callback);
        return true;
    }

    private ApiProblem problemFor(int status, String method, String path) {
        Optional<String> allowed = allowedMethods(path);
        if (status == HttpStatus.METHOD_NOT_ALLOWED_405 && allowed.isPresent()) {
            return ApiProblem.methodNotAllowed(method, allowed.get());
        }
        if (status == HttpStatus.NOT_FOUND_404 || status == HttpStatus.METHOD_NOT_ALLOWED_405) {
            return ApiProblem.notFound("There is no partner API resource at " + path + ".");
        }
        if (status == HttpStatus.PAYLOAD_TOO_LARGE_413) {
            return ApiProblem.of(413, "payload-too-large", "Payload too large", "The request is too large.");
        }
        // A request line Jetty cannot parse (HTTP/0.9, an unknown version) is the client's fault, not ours.
        if (status < 500 || status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            return ApiProblem.of(400, "malformed-request", "Malformed request",
                    "The request could not be read: " + HttpStatus.getMessage(status) + ".");
        }
        return ApiProblem.of(status, "internal-error", "Internal error", "The gateway failed to handle the request.");
    }

    private Optional<String> allowedMethods(String path) {
        return allowedMethodsByPathPattern.entrySet().stream()
                .filter(entry -> path.matches(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
