package be.hotline.gateway.ops;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client address a sign-in is throttled by: the TCP peer of the ops port (no forwarding header is believed).
 * An IPv6 client is taken by its /64 network, which one host usually holds whole.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.host() == null ? "unknown" : network(remote.host());
    }

    static String network(String host) {
        try {
            // A literal address (Vert.x gives the peer's IP), so no name is looked up.
            InetAddress address = InetAddress.getByName(host);
            if (address instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
