package be.hotline.gateway.store;

import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.MessageSignature;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reports and their event history in the database; every write is one transaction. */
public final class ReportStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String PARTNER_REFERENCE_CONSTRAINT = "report_partner_reference_uq";
    private static final String HEADER_COLUMNS =
            "reference, partner_id, partner_reference, content_sha256, status, received_at";

    private final Transactions transactions;
    private final ReporterDataCipher reporterData;

    /** Reporter contact details are written encrypted with {@code reporterData}, never in plain text. */
    public ReportStore(Transactions transactions, ReporterDataCipher reporterData) {
        this.transactions = transactions;
        this.reporterData = reporterData;
    }

    /** Stores the report, its items, the reporter, its first events and its deliveries, all or nothing. */
    public void insert(NewReport report) throws DuplicatePartnerReferenceException {
        try {
            transactions.inTransaction(connection -> {
                write(connection, report);
                return null;
            });
        } catch (SQLException e) {
            throw refusal(e, report);
        }
    }

    /**
     * Stores the report as {@link #insert(NewReport)} does, screened for duplicates first (docs/api/routing-and-lifecycle.md,
     * "Duplicates"): its keys are locked, the earlier items matched, and the screen's report stored with its index
     * rows, its links, and the link events on the earlier reports, all in the one transaction.
     */
    public DuplicateScreen.Screened insert(DuplicateScreen screen) throws DuplicatePartnerReferenceException {
        List<List<DuplicateKey>> keys = screen.keysByPosition();
        DuplicateScreen.Screened[] written = new DuplicateScreen.Screened[1];
        try {
            return transactions.inTransaction(connection -> {
                DuplicateIndexRows.lock(connection, keys.stream().flatMap(List::stream).toList());
                written[0] = screen.screen(DuplicateIndexRows.earlier(connection, keys, screen.windowStart()));
                NewReport report = written[0].report();
                write(connection, report);
                String reference = report.header().reference();
                DuplicateIndexRows.insertKeys(connection, reference, report.header().receivedAt(), keys);
                DuplicateIndexRows.insertLinks(connection, reference, report.header().receivedAt(), written[0].links());
                EventRows.append(connection, written[0].links().stream().filter(link -> link.event() != null)
                        .map(link -> new EventRows.Entry(link.earlierReference(), link.event())).toList());
                return written[0];
            });
        } catch (SQLException e) {
            throw written[0] == null ? Transactions.wrap(e) : refusal(e, written[0].report());
        }
    }

    /** The sender's verified signature of the report, kept as evidence, when it signed its push. */
    public Optional<MessageSignature> signatureOf(String reference) {
        return transactions.read(connection -> SignatureRows.of(connection, reference));
    }

    /** The items of a report linked to earlier ones (the "knownItems" of its intake answer), by position. */
    public List<DuplicateLink> duplicateLinks(String reference) {
        return transactions.read(connection -> DuplicateIndexRows.linksOf(connection, reference));
    }

    private void write(Connection connection, NewReport report) throws SQLException {
        insertHeader(connection, report);
        insertItems(connection, report);
        if (report.reporter().isPresent()) {
            ReporterContactRows.insert(connection, report.header().reference(), report.reporter().get(), reporterData);
        }
        EventRows.append(connection, report.events().stream()
                .map(event -> new EventRows.Entry(report.header().reference(), event)).toList());
        DeliveryRows.insert(connection, report.header().reference(), report.header().receivedAt(), report.deliveries());
        if (report.signature().isPresent()) {
            SignatureRows.insert(connection, report.header().reference(), report.header().partnerId(), report.signature().get());
        }
    }

    private static RuntimeException refusal(SQLException e, NewReport report) throws DuplicatePartnerReferenceException {
        if (isPartnerReferenceViolation(e)) {
            throw new DuplicatePartnerReferenceException(report.header().partnerId(), report.header().partnerReference());
        }
        return Transactions.wrap(e);
    }

    public Optional<StoredReport> find(String reference) {
        return transactions.read(connection -> first(connection,
                "select " + HEADER_COLUMNS + " from report where reference = ?", reference));
    }

    public Optional<StoredReport> findByPartnerReference(String partnerId, String partnerReference) {
        return transactions.read(connection -> first(connection,
                "select " + HEADER_COLUMNS + " from report where partner_id = ? and partner_reference = ?",
                partnerId, partnerReference));
    }

    /** Receivers' deliveries and the takedown time of a report. */
    public FollowUp followUp(String reference) {
        return transactions.read(connection -> {
            List<FollowUp.Receiver> receivers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select partner_id, status, receiver_reference, acknowledged_at, ack_due_at, ack_overdue, furthest_feedback"
                            + " from delivery where reference = ? and feedback_id is null order by id")) {
                statement.setString(1, reference);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        receivers.add(new FollowUp.Receiver(rows.getString(1), rows.getString(2),
                                Optional.ofNullable(rows.getString(3)), Optional.ofNullable(SqlTime.get(rows, 4)),
                                Optional.ofNullable(SqlTime.get(rows, 5)), rows.getBoolean(6), Optional.ofNullable(rows.getString(7))));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "select removed_at, takedown_seconds from report where reference = ?")) {
                statement.setString(1, reference);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long seconds = rows.getLong(2);
                    return new FollowUp(receivers, Optional.ofNullable(SqlTime.get(rows, 1)),
                            rows.wasNull() ? Optional.empty() : Optional.of(seconds));
                }
            }
        });
    }

    public List<ReportEvent> events(String reference) {
        return transactions.read(connection -> EventRows.of(connection, reference));
    }

    private static void insertHeader(Connection connection, NewReport report) throws SQLException {
        StoredReport header = report.header();
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into report (" + HEADER_COLUMNS + ", received_format, first_seen_at, classification, depiction, report_json)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, header.reference());
            statement.setString(2, header.partnerId());
            statement.setString(3, header.partnerReference());
            statement.setString(4, header.contentSha256());
            statement.setString(5, header.status());
            SqlTime.set(statement, 6, header.receivedAt());
            statement.setString(7, report.receivedFormat());
            SqlTime.set(statement, 8, report.report().firstSeenAt().orElse(null));
            statement.setString(9, report.report().assessment().classification().name());
            statement.setString(10, report.report().assessment().depiction().name());
            statement.setString(11, report.reportJson());
            statement.executeUpdate();
        }
    }

    private static void insertItems(Connection connection, NewReport report) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into report_content_item (reference, position, url, hosting_country, assigned_country) values (?, ?, ?, ?, ?)")) {
            List<ContentItem> items = report.report().contentItems();
            for (int i = 0; i < items.size(); i++) {
                statement.setString(1, report.header().reference());
                statement.setInt(2, i);
                statement.setString(3, items.get(i).url());
                statement.setString(4, items.get(i).hostingCountry());
                statement.setString(5, report.assignedCountries().get(i));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Optional<StoredReport> first(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredReport(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), SqlTime.get(rows, 6)));
            }
        }
    }

    private static boolean isPartnerReferenceViolation(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            String message = String.valueOf(current.getMessage()).toLowerCase(Locale.ROOT);
            if (UNIQUE_VIOLATION.equals(current.getSQLState()) && message.contains(PARTNER_REFERENCE_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
