package be.hotline.gateway.api;

import be.hotline.gateway.partner.Fingerprints;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the open connections of one client certificate, so a certificate cut off by ops cannot go on using a
 * keep-alive connection it opened before: its next request has to make a new handshake, which is refused.
 */
final class ConnectionCutter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCutter.class);

    private ConnectionCutter() {
    }

    /** @return how many connections were closed */
    static int closeConnectionsOf(Server server, String sha256) {
        int closed = 0;
        for (Connector connector : server.getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (presents(endPoint.getConnection(), sha256)) {
                    endPoint.close();
                    closed++;
                }
            }
        }
        LOG.warn("closed {} open connection(s) of certificate sha256={}", closed, sha256);
        return closed;
    }

    private static boolean presents(Connection connection, String sha256) {
        if (!(connection instanceof SslConnection tls)) {
            return false;
        }
        try {
            Certificate[] peer = tls.getSSLEngine().getSession().getPeerCertificates();
            return peer.length > 0 && peer[0] instanceof X509Certificate leaf && Fingerprints.sha256(leaf).equals(sha256);
        } catch (SSLPeerUnverifiedException noClientCertificate) {
            return false;
        }
    }
}
