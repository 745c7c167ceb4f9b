package be.hotline.gateway.support;

import be.hotline.gateway.config.GatewayConfiguration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Starts the real gateway once per test class, as camel-main runs it: the YAML routes, real Jetty
 * with mutual TLS on a free port, a real database. Subclasses say which database and settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTestSupport extends CamelMainTestSupport {

    protected static final Path DEMO_CERTS = Path.of("certs-example");
    protected static final Path DEMO_ROOT_CA = DEMO_CERTS.resolve("ca/demo-root-ca.crt");
    protected final int partnerPort = FreePort.find();
    protected final int opsPort = FreePort.find();

    /** The database this class runs against; created before the gateway starts. */
    protected abstract TestDatabase database();

    /** Settings on top of application.properties; by default the committed demo partners and certificates. */
    protected Properties extraProperties() {
        return new Properties();
    }

    /** A clock the gateway runs on instead of the system clock, or null for the system clock. */
    protected Clock clock() {
        return null;
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        Clock clock = clock();
        if (clock != null) {
            // Bound before the gateway's own configuration, which takes the clock from the registry.
            configuration.addConfiguration(new CamelConfiguration() {
                @Override
                public void configure(CamelContext camelContext) {
                    camelContext.getRegistry().bind("clock", Clock.class, clock);
                }
            });
        }
        configuration.addConfiguration(GatewayConfiguration.class);
    }

    // Camel asks for the overrides from its constructor, before this class's fields exist:
    // hand it an object now and fill it when the context is created.
    private Properties overrides;

    @Override
    public void configureContext(CamelContextConfiguration context) {
        super.configureContext(context);
        overrides = new Properties();
        context.withUseOverridePropertiesWithPropertiesComponent(overrides);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        overrides.putAll(database().gatewayProperties());
        overrides.setProperty("gateway.partner-api.host", "127.0.0.1");
        overrides.setProperty("gateway.partner-api.port", Integer.toString(partnerPort));
        overrides.setProperty("gateway.ops.port", Integer.toString(opsPort));
        // Most tests post the docs/api examples many times as if they were new reports: with matching on, each would
        // be "already known" and not delivered. Duplicate tests turn it on (extraProperties: gateway.dedupe.window).
        overrides.setProperty("gateway.dedupe.window", "PT0S");
        // Tests that move reports back in time would otherwise lose their reporter contacts to the daily retention run a
        // minute after start; RetentionContract runs retention itself.
        overrides.setProperty("gateway.retention.enabled", "false");
        overrides.putAll(extraProperties());
        return super.createCamelContext();
    }

    /**
     * Stops this class's gateway (and closes its database pool) when the class is done: left running, every
     * class's pool would stay open until the JVM ends, and PostgreSQL runs out of connections.
     */
    @AfterAll
    void stopGateway() {
        if (context() != null) {
            context().stop();
        }
    }

    /** A client holding one of the committed demo partner certificates, e.g. "nl-hotline". */
    protected PartnerClient demoPartner(String name) {
        return PartnerClient.withCertificate(DEMO_CERTS.resolve("partners/" + name + ".p12"), DEMO_ROOT_CA, partnerPort);
    }
}
