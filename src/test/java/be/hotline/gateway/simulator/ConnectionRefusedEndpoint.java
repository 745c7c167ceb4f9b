package be.hotline.gateway.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An https URL on 127.0.0.1 where nothing listens: a partner whose server is down, for "connection
 * refused" delivery tests. The port was free a moment ago; another process taking it in between is
 * possible but very unlikely on a test machine.
 */
public final class ConnectionRefusedEndpoint {

    private ConnectionRefusedEndpoint() {
    }

    public static String url() {
        return url("/api/v1/reports");
    }

    public static String url(String path) {
        return "https://127.0.0.1:" + closedPort() + path;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
