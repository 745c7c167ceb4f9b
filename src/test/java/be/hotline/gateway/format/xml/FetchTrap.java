package be.hotline.gateway.format.xml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

/**
 * A local socket that XML under test points its entities, DTDs and schema hints at: if a parser ever
 * tried to fetch one, the connection would wait here to be found.
 */
public final class FetchTrap implements AutoCloseable {

    private final ServerSocket socket;

    public FetchTrap() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Fails when anybody connected since the trap was set. */
    public void assertNobodyConnected() {
        try {
            // A connection, even one its client gave up, waits in the backlog for accept().
            socket.setSoTimeout(200);
            assertThatThrownBy(socket::accept).isInstanceOf(SocketTimeoutException.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Accepts one connection, for the test that proves the trap notices one. */
    public boolean acceptsWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        return socket.accept() != null;
    }

    /** Every message in a failure's cause chain, to check no secret leaked into any of them. */
    public static String chainText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
