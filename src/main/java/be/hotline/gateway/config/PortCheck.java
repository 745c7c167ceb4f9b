package be.hotline.gateway.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Stops the start when a port the gateway must listen on is taken. camel-main's platform-http server (the ops
 * port) only logs its bind failure on a Vert.x thread and the start then waits for ever; a gateway that cannot
 * serve ops must say so and end.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(String what, String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (another process holds it; free it or choose another port)");
        }
    }
}
