package be.hotline.gateway.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a problem as the whole answer of a request that never reached a route (Jetty's level). */
final class JettyProblemReply {

    private JettyProblemReply() {
    }

    /** @param closeConnection true when the request's body was left unread: the connection cannot carry another */
    static void write(Response response, ApiProblem problem, String path, boolean closeConnection, Callback callback) {
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE);
        problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (closeConnection) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        byte[] body = ProblemDocument.json(problem, path).getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
