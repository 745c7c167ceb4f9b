package be.hotline.gateway.config;

import be.hotline.gateway.api.PartnerGate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once Camel has fully started, one INFO line per listening port with the address its socket is really bound to
 * (not the configured one): the partner API's Jetty connector and the ops port's Vert.x server.
 */
final class BoundAddressesLog implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(BoundAddressesLog.class);

    static void register(CamelContext camelContext) {
        try {
            camelContext.addStartupListener(new BoundAddressesLog());
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the bound-address log", e);
        }
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // Nothing yet: routes (and so the partner API's connector) may still be starting.
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        PartnerGate gate = context.getRegistry().lookupByNameAndType("partnerGate", PartnerGate.class);
        if (gate != null && gate.getServer() != null) {
            for (Connector connector : gate.getServer().getConnectors()) {
                if (connector instanceof ServerConnector bound) {
                    LOG.info("partner API listening on https://{}", address(bound));
                }
            }
        }
        VertxPlatformHttpServer ops = context.hasService(VertxPlatformHttpServer.class);
        if (ops != null && ops.getServer() != null) {
            String scheme = ops.isUseGlobalSslContextParameters() ? "https" : "http";
            LOG.info("ops port listening on {}://{}", scheme, hostAndPort(ops.getHost(), ops.getServer().actualPort()));
        }
    }

    /** The socket's own local address; the configured host and local port if the channel cannot tell. */
    private static String address(ServerConnector connector) {
        if (connector.getTransport() instanceof ServerSocketChannel channel) {
            try {
                SocketAddress local = channel.getLocalAddress();
                if (local instanceof InetSocketAddress inet) {
                    return hostAndPort(inet.getAddress().getHostAddress(), inet.getPort());
                }
            } catch (IOException closed) {
                // fall through to what the connector knows
            }
        }
        return hostAndPort(connector.getHost() == null ? "0.0.0.0" : connector.getHost(), connector.getLocalPort());
    }

    private static String hostAndPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
