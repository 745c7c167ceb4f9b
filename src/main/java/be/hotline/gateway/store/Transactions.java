package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import javax.sql.DataSource;

/** Runs JDBC work in one transaction, and tells "database away" (503) apart from other failures. */
public final class Transactions {

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw unavailableOr(e);
        }
    }

    public <T> T read(Work<T> work) {
        try (Connection connection = connect()) {
            connection.setReadOnly(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    /**
     * Read-only work that sees one snapshot of the database (repeatable read), so that figures counted by several
     * queries agree with each other even while reports arrive. The pool restores the connection's settings.
     */
    public <T> T snapshot(Work<T> work) {
        try (Connection connection = connect()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw wrap(e);
        }
    }

    private Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Rethrows what callers may handle (e.g. a unique violation), turns lost connections into 503s. */
    private static SQLException unavailableOr(SQLException e) {
        if (isUnavailable(e)) {
            throw new StoreUnavailableException("database unavailable: " + e.getMessage(), e);
        }
        return e;
    }

    static RuntimeException wrap(SQLException e) {
        if (isUnavailable(e)) {
            return new StoreUnavailableException("database unavailable: " + e.getMessage(), e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    private static boolean isUnavailable(SQLException e) {
        // The driver may wrap the telling exception; look down the chain.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUnavailableItself(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailableItself(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || (state != null && (state.startsWith("08") || state.startsWith("57"))) || H2ConnectionLoss.is(e);
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
