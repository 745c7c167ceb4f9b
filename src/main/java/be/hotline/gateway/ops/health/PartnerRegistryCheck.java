package be.hotline.gateway.ops.health;

import be.hotline.gateway.partner.PartnerRegistryReloader;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A warning, not a failure: the last partner registry file could not be loaded, so the gateway still runs the
 * registry it loaded before. It can serve; ops must fix the file.
 */
public final class PartnerRegistryCheck extends AbstractHealthCheck {

    private final PartnerRegistryReloader reloader;

    public PartnerRegistryCheck(PartnerRegistryReloader reloader) {
        super("gateway", "partner-registry");
        this.reloader = reloader;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        reloader.lastFailure().ifPresentOrElse(
                failure -> builder.up().message(HealthEndpoint.WARNING + " partner registry file not loaded at "
                        + failure.at() + ", the previous registry stays in force: " + failure.reason()),
                () -> builder.up().message("partner registry loaded"));
    }
}
