package be.hotline.gateway.store;

import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import be.hotline.gateway.reporterdata.UnreadableReporterDataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-encrypts reporter contact rows under the current key ({@code gateway keys rotate}), and at start the rows
 * stored in plain text before V18. Batch by batch, one short transaction each, every row updated only if it is
 * still under the key it was read under: idempotent, and safe while other nodes take reports or rotate too.
 */
public final class ReporterDataRotation {

    private static final int BATCH = 200;

    /** What a run did; {@code unreadable} counts, per key id, rows under a key this gateway does not hold. */
    public record Result(long resealed, long plainEncrypted, Map<String, Long> unreadable, long underCurrentKey) {
        public long unreadableRows() {
            return unreadable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Transactions transactions;
    private final ReporterDataCipher cipher;

    public ReporterDataRotation(Transactions transactions, ReporterDataCipher cipher) {
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /** Every row not under the current key, plain rows included. */
    public Result rotate() {
        return run("(key_id is null or key_id <> ?)", true);
    }

    /** Only the rows stored in plain text before V18: run at every start, it finds none after the first. */
    public Result encryptPlainRows() {
        return run("key_id is null", false);
    }

    /** How many rows each key id protects (plain rows are not counted). */
    public Map<String, Long> rowsByKey() {
        return transactions.read(connection -> {
            Map<String, Long> counts = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select key_id, count(*) from reporter_contact where key_id is not null group by key_id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    private Result run(String condition, boolean bindsCurrentKey) {
        long[] resealed = {0, 0};
        Map<String, Long> unreadable = new TreeMap<>();
        String after = "";
        while (after != null) {
            String from = after;
            try {
                after = transactions.inTransaction(connection ->
                        batch(connection, condition, bindsCurrentKey, from, resealed, unreadable));
            } catch (SQLException e) {
                throw Transactions.wrap(e);
            }
        }
        return new Result(resealed[0], resealed[1], unreadable, rowsByKey().getOrDefault(cipher.currentKeyId(), 0L));
    }

    /** One batch after reference {@code after}; the last reference seen, or null when there are no more rows. */
    private String batch(Connection connection, String condition, boolean bindsCurrentKey, String after, long[] resealed,
                         Map<String, Long> unreadable) throws SQLException {
        List<Row> batch = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select " + ReporterContactRows.COLUMNS
                + " from reporter_contact where " + condition + " and reference > ? order by reference fetch first "
                + BATCH + " rows only")) {
            int parameter = 1;
            if (bindsCurrentKey) {
                statement.setString(parameter++, cipher.currentKeyId());
            }
            statement.setString(parameter, after);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    batch.add(read(rows, unreadable));
                }
            }
        }
        for (Row row : batch) {
            if (row.contact() != null
                    && ReporterContactRows.reseal(connection, row.reference(), row.keyId(), row.contact(), cipher)) {
                resealed[row.keyId() == null ? 1 : 0]++;
            }
        }
        return batch.size() < BATCH ? null : batch.get(batch.size() - 1).reference();
    }

    /** A row as read; without contact when its key is missing or it does not authenticate (counted, left as it is). */
    private Row read(ResultSet rows, Map<String, Long> unreadable) throws SQLException {
        String reference = rows.getString(1);
        String keyId = rows.getString(2);
        try {
            return new Row(reference, keyId, ReporterContactRows.contact(rows, cipher));
        } catch (UnreadableReporterDataException e) {
            unreadable.merge(keyId, 1L, Long::sum);
            return new Row(reference, keyId, null);
        }
    }

    private record Row(String reference, String keyId, ReporterContact contact) {
    }
}
