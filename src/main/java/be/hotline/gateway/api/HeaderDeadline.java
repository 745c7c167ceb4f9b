package be.hotline.gateway.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client must finish its first request's headers within a fixed time of connecting. The idle timeout alone
 * lets a client that sends one header byte just before each timeout keep a connection for ever (slowloris).
 * Added to the partner port's connector as a listener of every new connection.
 */
final class HeaderDeadline implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);
    private final Scheduler scheduler;
    private final Duration deadline;

    HeaderDeadline(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        // Only the HTTP connection counts requests (its headers complete); the TLS layer below it reports -1.
        if (connection.getMessagesIn() != 0) {
            return;
        }
        scheduler.schedule(() -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                LOG.info("partner API closed a connection whose request headers did not arrive within {} s: remote={}",
                        deadline.toSeconds(), connection.getEndPoint().getRemoteSocketAddress());
                connection.getEndPoint().close();
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}
