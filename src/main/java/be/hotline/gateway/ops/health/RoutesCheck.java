package be.hotline.gateway.ops.health;

import java.util.List;
import java.util.Map;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Every route meant to run (auto-startup) is started. */
public final class RoutesCheck extends AbstractHealthCheck {

    public RoutesCheck() {
        super("gateway", "routes");
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> notStarted = getCamelContext().getRoutes().stream()
                .filter(Route::isAutoStartup)
                .filter(route -> getCamelContext().getRouteController().getRouteStatus(route.getRouteId()) != ServiceStatus.Started)
                .map(Route::getRouteId).toList();
        if (notStarted.isEmpty()) {
            builder.up().message(getCamelContext().getRoutes().size() + " routes started");
        } else {
            builder.down().message("not started: " + String.join(", ", notStarted));
        }
    }
}
