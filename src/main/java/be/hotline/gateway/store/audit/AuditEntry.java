package be.hotline.gateway.store.audit;

import java.time.Instant;

/**
 * One entry of the audit chain as a business transaction appends it: what kind, what exactly (an event type, an
 * ops action, a read), about what (a reference, a delivery, a user), by whom, when, and the SHA-256 of its content.
 * The content itself (details, notes, queries: they may name URLs or hashes a purge later removes) is never stored.
 */
public record AuditEntry(AuditKind kind, String action, String subject, String actor, Instant recordedAt,
                         String contentSha256) {

    static final int MAX_ACTION = 64;
    static final int MAX_NAME = 100;

    public AuditEntry {
        action = cut(action, MAX_ACTION);
        subject = cut(subject, MAX_NAME);
        actor = cut(actor, MAX_NAME);
    }

    /** An entry whose content hash covers {@code content} (in this order; nulls allowed). */
    public static AuditEntry of(AuditKind kind, String action, String subject, String actor, Instant at, String... content) {
        return new AuditEntry(kind, action, subject, actor, at, AuditDigest.of(content));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
