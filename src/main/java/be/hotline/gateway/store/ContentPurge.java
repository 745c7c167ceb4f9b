package be.hotline.gateway.store;

import be.hotline.gateway.report.ReportEventType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Retention of content data: for a report received long enough ago, its URLs, hashes and hosting IP/provider/ASN go
 * from every table, while the report row (status, classification, dates, countries), its items (by position), events,
 * deliveries and feedback stay, so every reference still resolves. Reports are taken oldest first from
 * report_content_retention_idx, locked with FOR UPDATE SKIP LOCKED: several nodes (or runs) never purge one twice.
 */
public final class ContentPurge {

    private static final String DUE = " from report where content_purged_at is null and received_at < ?";

    private final Transactions transactions;
    private final UnaryOperator<String> withoutContent;

    /** @param withoutContent the canonical report JSON without its content data */
    public ContentPurge(Transactions transactions, UnaryOperator<String> withoutContent) {
        this.transactions = transactions;
        this.withoutContent = withoutContent;
    }

    /** When the oldest report still holding content that is due was received: the first year to freeze. */
    public Optional<Instant> oldestDue(Instant receivedBefore) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select min(received_at)" + DUE)) {
                SqlTime.set(statement, 1, receivedBefore);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return Optional.ofNullable(SqlTime.get(rows, 1));
                }
            }
        });
    }

    /** Whether any report received in [from, to) still holds content (to at most the cut-off). */
    public boolean anyHeld(Instant from, Instant to) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select reference" + DUE
                    + " and received_at >= ? limit 1")) {
                SqlTime.set(statement, 1, to);
                SqlTime.set(statement, 2, from);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    public long countDue(Instant receivedBefore) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*)" + DUE)) {
                SqlTime.set(statement, 1, receivedBefore);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The references due, oldest first, at most {@code limit}. */
    public List<String> due(Instant receivedBefore, int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select reference" + DUE + " order by received_at limit ?")) {
                SqlTime.set(statement, 1, receivedBefore);
                statement.setInt(2, limit);
                return references(statement);
            }
        });
    }

    /**
     * Purges up to {@code limit} due reports that no other run holds, in one transaction, each with a CONTENT_PURGED
     * event (counts and the SHA-256 of the report JSON as it was, never a value). Returns the references purged.
     */
    public List<String> purgeBatch(Instant receivedBefore, int limit, Instant now) throws SQLException {
        return transactions.inTransaction(connection -> {
            List<String> held;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select reference" + DUE + " order by received_at limit ? for update skip locked")) {
                SqlTime.set(statement, 1, receivedBefore);
                statement.setInt(2, limit);
                held = references(statement);
            }
            List<EventRows.Entry> events = new ArrayList<>();
            for (String reference : held) {
                events.add(new EventRows.Entry(reference, new ReportEvent(now, "gateway", ReportEventType.CONTENT_PURGED.name(),
                        purge(connection, reference, now))));
            }
            EventRows.append(connection, events);
            return held;
        });
    }

    /** One report's content data out of every table; the event's detail. */
    private String purge(Connection connection, String reference, Instant now) throws SQLException {
        String json = single(connection, "select report_json from report where reference = ?", reference);
        try (PreparedStatement statement = connection.prepareStatement(
                "update report set report_json = ?, content_purged_at = ? where reference = ?")) {
            statement.setString(1, withoutContent.apply(json));
            SqlTime.set(statement, 2, now);
            statement.setString(3, reference);
            statement.executeUpdate();
        }
        // The items stay (positions are referenced by deliveries, outcomes, links); their countries stay for the figures.
        int items = update(connection, "update report_content_item set url = '' where reference = ?", reference);
        List<String> keys = keys(connection, reference);
        update(connection, "delete from content_key where reference = ?", reference);
        for (String key : keys) {
            // The key row is only a lock anchor for intake's matching: once no item holds the key, it goes too.
            try (PreparedStatement statement = connection.prepareStatement("delete from dedupe_key where key_sha256 = ?"
                    + " and not exists (select 1 from content_key k where k.key_sha256 = ?)")) {
                statement.setString(1, key);
                statement.setString(2, key);
                statement.executeUpdate();
            }
        }
        update(connection, "update item_move set new_hosting_ip = null, new_hosting_provider = null where reference = ?", reference);
        // A receiver's free-text note may quote a URL or an address: it goes with the content.
        update(connection, "update feedback set new_hosting_ip = null, new_hosting_provider = null, note = null where reference = ?",
                reference);
        // A signed push's evidence keeps the exact signed bytes, which hold the content: they go, the signature stays.
        int signedBodies = update(connection, "update message_signature set signed_body_base64 = null where reference = ?"
                + " and signed_body_base64 is not null", reference);
        return "content data removed (gateway.retention.content): URLs of " + items + " items, " + keys.size()
                + " URL and hash keys, hosting IP/provider/ASN, feedback notes" + (signedBodies > 0 ? ", the signed push's bytes" : "")
                + "; report JSON before removal sha256 " + sha256(json);
    }

    private static List<String> keys(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct key_sha256 from content_key where reference = ? order by key_sha256")) {
            statement.setString(1, reference);
            return references(statement);
        }
    }

    private static List<String> references(PreparedStatement statement) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String single(Connection connection, String sql, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static int update(Connection connection, String sql, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reference);
            return statement.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
