package be.hotline.gateway.api;

import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * The REST DSL also matches a path with a trailing slash; the API has no such resources, so they answer 404
 * like any unknown path (and /api/v1/reports/ is never taken for the case view).
 */
public final class ResourcePath {

    public void refuseTrailingSlash(Exchange exchange) {
        String path = exchange.getIn(HttpMessage.class).getRequest().getRequestURI();
        if (path.endsWith("/")) {
            throw ApiProblem.notFound("There is no partner API resource at " + path + ".");
        }
    }
}
