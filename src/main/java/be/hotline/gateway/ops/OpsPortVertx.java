package be.hotline.gateway.ops;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.VertxWrapper;
import io.vertx.ext.web.Router;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.LifecycleStrategySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x instance of the ops port, bound in the registry, where camel-main's platform-http server takes it from.
 * Camel 4.18 offers no other way in between building the server's router and its options and listening: when the
 * server is created, its options pass through {@code options} and its router through {@code router}, so both
 * apply from the first request on. Camel never closes a Vert.x instance it did not create: {@link #closeWhenCamelHasStopped}.
 */
public final class OpsPortVertx extends VertxWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(OpsPortVertx.class);

    private final CamelContext camelContext;
    private final int port;
    private final UnaryOperator<HttpServerOptions> options;
    private final Consumer<Router> router;

    /** @param port the ops port (camel.server.port): the server binds its router under a name made from it */
    public OpsPortVertx(CamelContext camelContext, int port, UnaryOperator<HttpServerOptions> options, Consumer<Router> router) {
        super((VertxInternal) Vertx.vertx());
        this.camelContext = camelContext;
        this.port = port;
        this.options = options;
        this.router = router;
    }

    @Override
    public HttpServer createHttpServer(HttpServerOptions serverOptions) {
        VertxPlatformHttpRouter routes = VertxPlatformHttpRouter.lookup(camelContext,
                VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (routes == null) {
            throw new IllegalStateException("the ops port's router is not bound yet: camel-main's platform-http changed");
        }
        router.accept(routes);
        return super.createHttpServer(options.apply(new HttpServerOptions(serverOptions)));
    }

    /**
     * Closes this instance once Camel has stopped every service: the platform-http server, a static service stopped
     * last, still closes its HTTP server on this instance (closed before, it would fail with "event executor terminated").
     */
    public void closeWhenCamelHasStopped() {
        camelContext.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStopped(CamelContext context) {
                try {
                    close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    LOG.warn("the ops port's Vert.x instance did not close: {}", e.toString());
                }
            }
        });
    }
}
