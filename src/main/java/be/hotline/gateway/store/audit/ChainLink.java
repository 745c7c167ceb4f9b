package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The fields of an entry that its chain hash covers, and that hash:
 * entry_hash = SHA-256 over (position, previous_hash, kind, action, subject, actor, recorded_at, content_sha256)
 * in {@link AuditDigest}'s encoding, recorded_at as ISO-8601 UTC (Instant.toString()).
 */
record ChainLink(String kind, String action, String subject, String actor, Instant recordedAt, String contentSha256) {

    /** The previous hash of entry 1. */
    static final String GENESIS = "0".repeat(64);

    /** Reads kind, action, subject, actor, recorded_at, content_sha256 from {@code first} on. */
    static ChainLink read(ResultSet rows, int first) throws SQLException {
        return new ChainLink(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getString(first + 3), SqlTime.get(rows, first + 4), trim(rows.getString(first + 5)));
    }

    String hash(long position, String previousHash) {
        return AuditDigest.of(Long.toString(position), previousHash, kind, action, subject, actor, recordedAt.toString(),
                contentSha256);
    }

    /** char(64) columns come back exactly; trimming guards against a driver that pads. */
    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
