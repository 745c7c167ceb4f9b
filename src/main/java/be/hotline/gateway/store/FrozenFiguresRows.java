package be.hotline.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The yearly_figures table: a year's published figures, stored once before its content is purged. */
public final class FrozenFiguresRows {

    private static final String UNIQUE_VIOLATION = "23505";

    /** The JSON (canonical) and CSV answers of the yearly figures, as they were when frozen. */
    public record Frozen(int year, String json, String csv, Instant frozenAt) {
    }

    private final Transactions transactions;

    public FrozenFiguresRows(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<Frozen> of(int year) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select figures_json, figures_csv, frozen_at from yearly_figures where figures_year = ?")) {
                statement.setInt(1, year);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Frozen(year, rows.getString(1), rows.getString(2), SqlTime.get(rows, 3)))
                            : Optional.<Frozen>empty();
                }
            }
        });
    }

    /** Stores the year's figures; false when another run (or node) froze it first: the first one stays. */
    public boolean freeze(Frozen figures) {
        try {
            return transactions.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("insert into yearly_figures"
                        + " (figures_year, figures_json, figures_csv, frozen_at) values (?, ?, ?, ?)")) {
                    statement.setInt(1, figures.year());
                    statement.setString(2, figures.json());
                    statement.setString(3, figures.csv());
                    SqlTime.set(statement, 4, figures.frozenAt());
                    return statement.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw Transactions.wrap(e);
        }
    }
}
