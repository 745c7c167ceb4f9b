package be.hotline.gateway.logging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as it may be logged: every exception of the cause chain with its class and stack frames, but its
 * message only where that message cannot quote what a partner sent. A parser, a database ("value too long:
 * 'Jane…'"), a validator or a wrapper repeating one of those can echo a submitted value, and so a reporter's
 * name, e-mail or phone; their messages are withheld (an SQL error keeps its SQLState and error code).
 */
public final class LoggableFailure extends RuntimeException {

    /** Exceptions whose messages name hosts, ports and timeouts, never request content. */
    private static final Set<String> MESSAGE_IS_SAFE = Set.of("java.net.ConnectException", "java.net.SocketTimeoutException",
            "java.net.NoRouteToHostException", "java.util.concurrent.TimeoutException", SQLTransientConnectionException.class.getName(),
            // Names a key id and a reference, never a value (it is thrown instead of decrypting one).
            "be.hotline.gateway.reporterdata.UnreadableReporterDataException");
    private static final int MAX_DEPTH = 20;

    private final String description;

    private LoggableFailure(String description, LoggableFailure cause, StackTraceElement[] stack) {
        super(description, cause, false, true);
        this.description = description;
        setStackTrace(stack);
    }

    /** The failure to pass to the logger in place of {@code failure}; null stays null. */
    public static LoggableFailure of(Throwable failure) {
        return of(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static LoggableFailure of(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure) || seen.size() > MAX_DEPTH) {
            return null;
        }
        return new LoggableFailure(describe(failure), of(failure.getCause(), seen), failure.getStackTrace());
    }

    static String describe(Throwable failure) {
        String type = failure.getClass().getName();
        if (failure.getMessage() == null) {
            return type;
        }
        if (MESSAGE_IS_SAFE.contains(type)) {
            return type + ": " + failure.getMessage();
        }
        if (failure instanceof SQLException sql) {
            return type + " (SQLState " + sql.getSQLState() + ", error " + sql.getErrorCode() + "; message withheld)";
        }
        return type + " (message withheld: it may quote the request)";
    }

    /** The stack trace's header line: the original exception, not this class. */
    @Override
    public String toString() {
        return description;
    }
}
