package be.hotline.gateway.bench;

import be.hotline.gateway.dedupe.DuplicateKeys;
import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.intake.ContentFingerprint;
import be.hotline.gateway.intake.ReferenceGenerator;
import be.hotline.gateway.report.AgeGroup;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Commerciality;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Depiction;
import be.hotline.gateway.report.Gender;
import be.hotline.gateway.report.HashAlgorithm;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.SiteType;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.store.DuplicateKey;
import be.hotline.gateway.store.SqlTime;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.SealedLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Fills a migrated schema (H2 or PostgreSQL) with a history of reports as the gateway itself writes them, without the
 * API: each report's row (canonical JSON and fingerprint by the gateway's own writers, reference by its generator), its
 * content item, duplicate-index keys, events, delivery and attempt, and the audit chain entries of those events and
 * attempts, sealed with the gateway's chain hash. Reports are one every {@link #SPACING}, older than any already
 * stored, so a schema grows backwards in time and the newest reports stay the newest. NL and DE report content hosted
 * in Belgium (a delivery to police-fccu), case management content hosted in Germany (a delivery to de-hotline). Those
 * received in the last day are still PENDING (one in 20, retried later) or DELIVERED awaiting acknowledgement (one in
 * 20); every other delivery is ACKNOWLEDGED. No reporter contact rows are written (issue 13 keeps them encrypted).
 */
public final class BulkLoader {

    public static final Duration SPACING = Duration.ofSeconds(20);
    private static final int BATCH = 5_000;
    private static final String[] SENDERS = {"nl-hotline", "de-hotline", "case-management"};
    private static final String GATEWAY = "gateway";

    private final Connection connection;
    private final ReferenceGenerator references = new ReferenceGenerator();
    private final List<String> sample = new ArrayList<>();
    private final Instant loadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final BulkRows reports = new BulkRows("report", "reference", "partner_id", "partner_reference", "content_sha256",
            "received_format", "status", "received_at", "first_seen_at", "classification", "depiction", "report_json");
    private final BulkRows items = new BulkRows("report_content_item", "reference", "position", "url", "hosting_country",
            "assigned_country");
    private final BulkRows keys = new BulkRows("content_key", "key_sha256", "key_kind", "reference", "position", "received_at");
    private final BulkRows dedupeKeys = new BulkRows("dedupe_key", "key_sha256");
    private final BulkRows events = new BulkRows("report_event", "id", "reference", "occurred_at", "actor", "event_type", "detail");
    private final BulkRows deliveries = new BulkRows("delivery", "id", "message_id", "reference", "partner_id", "purpose",
            "format", "item_positions", "status", "attempts", "created_at", "due_at", "last_attempt_at", "last_status_code",
            "last_error", "delivered_at", "acknowledged_at", "receiver_reference", "ack_due_at", "ack_overdue");
    private final BulkRows attempts = new BulkRows("delivery_attempt", "id", "delivery_id", "started_at", "latency_ms",
            "outcome", "status_code", "error");
    private final BulkRows audit = new BulkRows("audit_entry", "id", "kind", "action", "subject", "actor", "recorded_at",
            "content_sha256", "position", "previous_hash", "entry_hash");
    private long eventId;
    private long deliveryId;
    private long attemptId;
    private long auditId;
    private long position;
    private String headHash;

    private BulkLoader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Adds {@code count} reports older than those stored, in transactions of {@value #BATCH} reports, and returns
     * the references of one NL report in 25 (reads for the NL hotline's certificate).
     */
    public static List<String> load(Connection connection, int count) throws SQLException {
        BulkLoader loader = new BulkLoader(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Instant newest = loader.oldestStored().map(oldest -> oldest.minus(SPACING)).orElse(loader.loadedAt);
            loader.nextIds();
            for (int done = 0; done < count; done += BATCH) {
                loader.lockHead();
                for (int i = done; i < Math.min(count, done + BATCH); i++) {
                    loader.report(i, newest.minus(SPACING.multipliedBy(i)));
                }
                loader.flush();
                connection.commit();
            }
            loader.restartIdentities();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return loader.sample;
    }

    /** Fresh statistics after a load: this machine's PostgreSQL runs without autovacuum (README, Benchmark). */
    public static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private void report(int i, Instant receivedAt) {
        String sender = SENDERS[i % SENDERS.length];
        boolean internal = sender.equals("case-management");
        String country = internal ? "DE" : "BE";
        String reference = references.next();
        if (i % 75 == 0) {
            sample.add(reference); // an NL report (i % 3 == 0)
        }
        Report report = new Report(sender.substring(0, 2).toUpperCase() + "-BULK-" + reference.substring(3),
                Optional.of(receivedAt.minus(Duration.ofHours(3))), List.of(item(i, country, receivedAt)), assessment(i));
        boolean recent = receivedAt.isAfter(loadedAt.minus(Duration.ofDays(1)));
        String deliveryStatus = recent && i % 20 == 0 ? "PENDING" : recent && i % 20 == 1 ? "DELIVERED" : "ACKNOWLEDGED";
        String reportStatus = deliveryStatus.equals("PENDING") ? "ROUTED" : deliveryStatus;
        reports.add(reference, sender, report.partnerReference(), ContentFingerprint.of(new ValidatedReport(report, Optional.empty())),
                "JSON", reportStatus, receivedAt, report.firstSeenAt().orElseThrow(), "BASELINE", "REAL_CHILD",
                CanonicalJson.write(report));
        ContentItem item = report.contentItems().get(0);
        items.add(reference, 0, item.url(), country, country);
        for (DuplicateKey key : DuplicateKeys.of(item)) {
            keys.add(key.sha256(), key.kind(), reference, 0, receivedAt);
            dedupeKeys.add(key.sha256());
        }
        String receiver = internal ? "de-hotline" : "police-fccu";
        String purpose = internal ? "HOTLINE_EXCHANGE" : "DOMESTIC";
        event(reference, receivedAt, sender, "RECEIVED", "format JSON");
        event(reference, receivedAt, GATEWAY, "VALIDATED", null);
        event(reference, receivedAt, GATEWAY, "ROUTED", "to " + receiver + " (" + purpose + ") items [0]");
        delivery(reference, receiver, purpose, deliveryStatus, receivedAt);
    }

    private void delivery(String reference, String receiver, String purpose, String status, Instant receivedAt) {
        long id = deliveryId++;
        String messageId = UUID.randomUUID().toString();
        String format = receiver.equals("police-fccu") ? "POLICE_XML" : "INHOPE_XML";
        if (status.equals("PENDING")) {
            // The receiver was down: three failed attempts, the next one later.
            deliveries.add(id, messageId, reference, receiver, purpose, format, "0", status, 3, receivedAt,
                    loadedAt.plus(Duration.ofHours(1)), receivedAt.plusSeconds(60), 503, "HTTP 503", null, null, null, null, false);
            for (int n = 0; n < 3; n++) {
                attempt(id, messageId, reference, receiver, receivedAt.plusSeconds(20L * n), 503);
            }
            return;
        }
        Instant sentAt = receivedAt.plusMillis(300);
        Instant answeredAt = sentAt.plusMillis(45);
        boolean acknowledged = status.equals("ACKNOWLEDGED");
        String receiverReference = acknowledged ? receiver.toUpperCase() + "-" + reference.substring(3, 13) : null;
        deliveries.add(id, messageId, reference, receiver, purpose, format, "0", status, 1, receivedAt, sentAt, sentAt, 202,
                null, answeredAt, acknowledged ? answeredAt : null, receiverReference,
                acknowledged ? null : answeredAt.plus(Duration.ofHours(24)), false);
        attempt(id, messageId, reference, receiver, sentAt, 202);
        String describe = receiver + " message " + messageId + ": ";
        event(reference, answeredAt, receiver, "DELIVERED", describe + "HTTP 202");
        if (acknowledged) {
            event(reference, answeredAt, receiver, "ACKNOWLEDGED", describe + "receiver reference " + receiverReference);
        }
        event(reference, answeredAt, receiver, "STATUS_CHANGED", "ROUTED -> " + status);
    }

    /** The row and its chain entry, as AttemptRows writes them. */
    private void attempt(long delivery, String messageId, String reference, String receiver, Instant startedAt, int statusCode) {
        boolean succeeded = statusCode < 300;
        String outcome = succeeded ? "SUCCESS" : "FAILURE";
        String error = succeeded ? null : "HTTP " + statusCode;
        attempts.add(attemptId++, delivery, startedAt, 45, outcome, statusCode, error);
        seal(AuditEntry.of(AuditKind.DELIVERY_ATTEMPT, outcome, reference, receiver, startedAt, Long.toString(delivery),
                messageId, String.valueOf(startedAt), "45", outcome, Integer.toString(statusCode), error));
    }

    /** The row and its chain entry, as EventRows writes them. */
    private void event(String reference, Instant at, String actor, String type, String detail) {
        events.add(eventId++, reference, at, actor, type, detail);
        seal(AuditEntry.of(AuditKind.REPORT_EVENT, type, reference, actor, at, reference, String.valueOf(at), actor, type, detail));
    }

    private void seal(AuditEntry entry) {
        position++;
        String hash = SealedLinks.hash(entry, position, headHash);
        audit.add(auditId++, entry.kind().name(), entry.action(), entry.subject(), entry.actor(), entry.recordedAt(),
                entry.contentSha256(), position, headHash, hash);
        headHash = hash;
    }

    private static ContentItem item(int i, String country, Instant receivedAt) {
        String url = "https://img" + (i % 997) + ".example-host.test/gallery/" + Integer.toHexString(i * 7919) + "/"
                + UUID.randomUUID() + ".jpg";
        return new ContentItem(url, ContentType.IMAGE, Optional.of("203.0.113." + (i % 254 + 1)), country,
                Optional.of("Example Hosting " + (i % 13)), Optional.of("AS" + (64500 + i % 13)),
                Optional.of(receivedAt.minus(Duration.ofHours(3))), Optional.of(receivedAt.minus(Duration.ofHours(1))),
                List.of(new ContentHash(HashAlgorithm.SHA256, sha256(url))), Optional.empty());
    }

    private static Assessment assessment(int i) {
        AgeGroup[] ages = {AgeGroup.PREPUBESCENT, AgeGroup.PUBESCENT, AgeGroup.INFANT};
        Gender[] genders = {Gender.FEMALE, Gender.MALE, Gender.NOT_DETERMINED};
        SiteType[] sites = SiteType.values();
        return new Assessment(Classification.BASELINE, Depiction.REAL_CHILD, ages[i % ages.length], genders[i % genders.length],
                sites[i % sites.length], Commerciality.NOT_DETERMINED, i % 7 == 0, false);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void flush() throws SQLException {
        for (BulkRows rows : List.of(reports, items, dedupeKeys, keys, events, deliveries, attempts, audit)) {
            rows.flush(connection);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "update audit_head set position = ?, entry_hash = ? where id = 1")) {
            statement.setLong(1, position);
            statement.setString(2, headHash);
            statement.executeUpdate();
        }
    }

    /** The sealer's lock: no entry is sealed by a running gateway between ours. */
    private void lockHead() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select position, entry_hash from audit_head where id = 1 for update")) {
            rows.next();
            position = rows.getLong(1);
            headHash = rows.getString(2).trim();
        }
    }

    private Optional<Instant> oldestStored() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select min(received_at) from report")) {
            rows.next();
            return Optional.ofNullable(SqlTime.get(rows, 1));
        }
    }

    private void nextIds() throws SQLException {
        eventId = nextId("report_event");
        deliveryId = nextId("delivery");
        attemptId = nextId("delivery_attempt");
        auditId = nextId("audit_entry");
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Identity columns go on after the ids written here. */
    private void restartIdentities() throws SQLException {
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("report_event", "delivery", "delivery_attempt", "audit_entry")) {
                long next = nextId(table);
                statement.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "alter table " + table + " alter column id restart with " + next);
            }
        }
    }
}
