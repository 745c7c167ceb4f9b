package be.hotline.gateway.config;

import be.hotline.gateway.store.DatabaseSettings;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The gateway's settings, read once from Camel's properties (application.properties, overridable by
 * environment variables such as GATEWAY_DB_URL). A missing setting fails the start with its name.
 */
public record GatewaySettings(
        String partnersFile,
        String partnerApiKeystore,
        String partnerApiKeystorePassword,
        List<String> partnerApiTlsProtocols,
        long maxBodyBytes,
        String inhopeReportSchema,
        DatabaseSettings database) {

    public static GatewaySettings from(PropertiesComponent properties) {
        Reader read = new Reader(properties);
        return new GatewaySettings(
                read.text("gateway.partners.file"),
                read.text("gateway.partner-api.keystore"),
                read.text("gateway.partner-api.keystore-password"),
                read.list("gateway.partner-api.tls-protocols"),
                Long.parseLong(read.text("gateway.partner-api.max-body-bytes")),
                read.text("gateway.schemas.inhope-report"),
                new DatabaseSettings(
                        read.text("gateway.db.url"),
                        read.optional("gateway.db.user"),
                        read.optional("gateway.db.password"),
                        Integer.parseInt(read.text("gateway.db.pool-size")),
                        Long.parseLong(read.text("gateway.db.connection-timeout-ms"))));
    }

    /** Reads settings by name; a missing one fails the start naming it. */
    public record Reader(PropertiesComponent properties) {
        public String text(String key) {
            return properties.resolveProperty(key)
                    .filter(value -> !value.isBlank())
                    .orElseThrow(() -> new IllegalStateException("missing setting " + key));
        }

        public String optional(String key) {
            return properties.resolveProperty(key).orElse("");
        }

        public int integer(String key) {
            return Integer.parseInt(text(key));
        }

        public double decimal(String key) {
            return Double.parseDouble(text(key));
        }

        public java.time.Duration duration(String key) {
            return java.time.Duration.parse(text(key));
        }

        public List<String> list(String key) {
            return Arrays.asList(text(key).split("\\s*,\\s*"));
        }
    }
}
