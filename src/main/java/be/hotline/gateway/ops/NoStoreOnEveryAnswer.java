package be.hotline.gateway.ops;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import java.util.function.Consumer;

/**
 * {@code Cache-Control: no-store} on every answer of the ops port: the API's, the login's, and the ones Vert.x
 * writes itself (no such path, wrong method, body too large), so no browser or proxy keeps a copy. Set as the
 * headers are written, whoever wrote the answer.
 */
public final class NoStoreOnEveryAnswer implements Consumer<Router> {

    /** Before every route of the ops port. */
    private static final int FIRST = Integer.MIN_VALUE;

    @Override
    public void accept(Router router) {
        router.route().order(FIRST).handler(routing -> {
            routing.addHeadersEndHandler(end -> routing.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store"));
            routing.next();
        });
    }
}
