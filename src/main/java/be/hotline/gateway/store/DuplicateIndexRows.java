package be.hotline.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The duplicate index inside the intake transaction: key locks, matching, the index rows and the links. */
final class DuplicateIndexRows {

    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateIndexRows() {
    }

    /**
     * Holds a row lock on every key until the transaction ends, taken in sorted order so two reports sharing keys
     * never wait on each other in a circle. A key seen for the first time gets its row; when another transaction
     * inserts the same key meanwhile, the insert waits for it and finds it there, and the lock is taken on its row.
     */
    static void lock(Connection connection, Collection<DuplicateKey> keys) throws SQLException {
        Set<String> sorted = new TreeSet<>();
        keys.forEach(key -> sorted.add(key.sha256()));
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        for (String key : sorted) {
            if (postgres) {
                insertOrLockOnPostgres(connection, key);
            } else if (!lockExisting(connection, key)) {
                insertOrLock(connection, key);
            }
        }
    }

    /**
     * One round trip for a new key (most keys of a new report are new): the insert itself holds the row. PostgreSQL
     * can skip a key already there without failing the transaction, so no savepoint is needed either.
     */
    private static void insertOrLockOnPostgres(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into dedupe_key (key_sha256) values (?) on conflict (key_sha256) do nothing")) {
            statement.setString(1, key);
            if (statement.executeUpdate() == 1) {
                return;
            }
        }
        if (!lockExisting(connection, key)) {
            throw new SQLException("dedupe key vanished while locking it");
        }
    }

    private static void insertOrLock(Connection connection, String key) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement("insert into dedupe_key (key_sha256) values (?)")) {
            statement.setString(1, key);
            statement.executeUpdate();
            connection.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeInsert);
            if (!lockExisting(connection, key)) {
                throw new SQLException("dedupe key vanished while locking it", e);
            }
        }
    }

    private static boolean lockExisting(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select key_sha256 from dedupe_key where key_sha256 = ? for update")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Items received since {@code windowStart} sharing a key with the new report's items, oldest first. */
    static List<EarlierItem> earlier(Connection connection, List<List<DuplicateKey>> keysByPosition, Instant windowStart)
            throws SQLException {
        Map<String, List<Integer>> positionsByKey = new LinkedHashMap<>();
        Map<String, String> kindByKey = new HashMap<>();
        for (int position = 0; position < keysByPosition.size(); position++) {
            for (DuplicateKey key : keysByPosition.get(position)) {
                positionsByKey.computeIfAbsent(key.sha256(), k -> new ArrayList<>()).add(position);
                kindByKey.put(key.sha256(), key.kind());
            }
        }
        if (positionsByKey.isEmpty() || windowStart == null) {
            return List.of();
        }
        List<Row> rows = matchingRows(connection, positionsByKey.keySet(), windowStart);
        Map<String, Map<Integer, Set<String>>> holders = holders(connection,
                rows.stream().map(Row::reference).distinct().toList());
        List<EarlierItem> earlier = new ArrayList<>();
        for (Row row : rows) {
            Set<String> holding = holders.getOrDefault(row.reference(), Map.of()).getOrDefault(row.position(), Set.of());
            for (int position : positionsByKey.get(row.key())) {
                earlier.add(new EarlierItem(position, kindByKey.get(row.key()), row.reference(), row.position(),
                        row.receivedAt(), holding));
            }
        }
        return earlier;
    }

    private record Row(String key, String reference, int position, Instant receivedAt) {
    }

    private static List<Row> matchingRows(Connection connection, Set<String> keys, Instant windowStart) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select key_sha256, reference, position, received_at from content_key where key_sha256 in ("
                        + placeholders(keys.size()) + ") and received_at >= ? order by received_at, reference, position")) {
            int index = 1;
            for (String key : keys) {
                statement.setString(index++, key);
            }
            SqlTime.set(statement, index, windowStart);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getInt(3), SqlTime.get(result, 4)));
                }
            }
            return rows;
        }
    }

    /** Per earlier report and item position, the receivers whose delivery of it was not cancelled. */
    private static Map<String, Map<Integer, Set<String>>> holders(Connection connection, List<String> references)
            throws SQLException {
        Map<String, Map<Integer, Set<String>>> holders = new HashMap<>();
        if (references.isEmpty()) {
            return holders;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select reference, partner_id, item_positions from delivery where reference in ("
                        + placeholders(references.size()) + ") and feedback_id is null and status <> 'CANCELLED'")) {
            for (int i = 0; i < references.size(); i++) {
                statement.setString(i + 1, references.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<Integer, Set<String>> byPosition = holders.computeIfAbsent(result.getString(1), r -> new HashMap<>());
                    for (int position : DeliveryRows.positions(result.getString(3))) {
                        byPosition.computeIfAbsent(position, p -> new HashSet<>()).add(result.getString(2));
                    }
                }
            }
        }
        return holders;
    }

    static void insertKeys(Connection connection, String reference, Instant receivedAt,
                           List<List<DuplicateKey>> keysByPosition) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into content_key (key_sha256, key_kind, reference, position, received_at) values (?, ?, ?, ?, ?)")) {
            for (int position = 0; position < keysByPosition.size(); position++) {
                Set<String> seen = new HashSet<>();
                for (DuplicateKey key : keysByPosition.get(position)) {
                    if (seen.add(key.sha256())) {
                        statement.setString(1, key.sha256());
                        statement.setString(2, key.kind());
                        statement.setString(3, reference);
                        statement.setInt(4, position);
                        SqlTime.set(statement, 5, receivedAt);
                        statement.addBatch();
                    }
                }
            }
            statement.executeBatch();
        }
    }

    static void insertLinks(Connection connection, String reference, Instant linkedAt, List<DuplicateLink> links)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into content_link (reference, position,"
                + " earlier_reference, earlier_position, matched_on, linked_at) values (?, ?, ?, ?, ?, ?)")) {
            for (DuplicateLink link : links) {
                statement.setString(1, reference);
                statement.setInt(2, link.position());
                statement.setString(3, link.earlierReference());
                statement.setInt(4, link.earlierPosition());
                statement.setString(5, link.matchedOn());
                SqlTime.set(statement, 6, linkedAt);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A report's items linked to earlier ones, by position. */
    static List<DuplicateLink> linksOf(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select position, earlier_reference,"
                + " earlier_position, matched_on from content_link where reference = ? order by position")) {
            statement.setString(1, reference);
            List<DuplicateLink> links = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    links.add(new DuplicateLink(result.getInt(1), result.getString(2), result.getInt(3),
                            result.getString(4), null));
                }
            }
            return links;
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
