package be.hotline.gateway.dispatch;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Names a transport failure in words ops understand: timeout, connection refused, TLS, ... */
final class TransportErrors {

    private TransportErrors() {
    }

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String kind = kindOf(cause);
            if (kind != null) {
                return kind + ": " + cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static String kindOf(Throwable cause) {
        if (cause instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SocketTimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return "timeout";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        return null;
    }
}
