package be.hotline.gateway.store;

import be.hotline.gateway.report.ReportEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention of reporter contact details: the whole reporter_contact row of a report goes once the report has been
 * CLOSED or NOT_FORWARDED long enough, or was received long enough ago whatever its status. A report is closed
 * since the event that made it so: its NOT_FORWARDED event, or the STATUS_CHANGED event "... -> CLOSED" (the latest,
 * should it have been reopened). The walk starts from reporter_contact, which holds only the rows not purged yet,
 * and reaches each report's events through report_event_reference_idx.
 */
public final class ReporterContactPurge {

    /** Why a contact is due, as the purge event and the dry run say it. */
    public static final String AFTER_CLOSING = "closed";
    public static final String AFTER_RECEIPT = "max-age";

    private static final String CLOSED_AT = "(select max(e.occurred_at) from report_event e where e.reference = c.reference"
            + " and (e.event_type = 'NOT_FORWARDED' or (e.event_type = 'STATUS_CHANGED' and e.detail like '% -> CLOSED')))";
    // Parameters: received before (max age), closed before.
    private static final String DUE = " from reporter_contact c join report r on r.reference = c.reference"
            + " where r.received_at < ? or (r.status in ('CLOSED', 'NOT_FORWARDED') and " + CLOSED_AT + " < ?)";

    private final Transactions transactions;

    public ReporterContactPurge(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The contacts due, at most {@code limit}, in reference order, each with why ({@link #AFTER_CLOSING} or {@link #AFTER_RECEIPT}). */
    public Map<String, String> due(Instant receivedBefore, Instant closedBefore, int limit) {
        return transactions.read(connection -> {
            Map<String, String> due = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select c.reference, case when r.received_at < ?"
                    + " then '" + AFTER_RECEIPT + "' else '" + AFTER_CLOSING + "' end" + DUE + " order by c.reference limit ?")) {
                SqlTime.set(statement, 1, receivedBefore);
                SqlTime.set(statement, 2, receivedBefore);
                SqlTime.set(statement, 3, closedBefore);
                statement.setInt(4, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        due.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return due;
        });
    }

    public long countDue(Instant receivedBefore, Instant closedBefore) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*)" + DUE)) {
                SqlTime.set(statement, 1, receivedBefore);
                SqlTime.set(statement, 2, closedBefore);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * Deletes the contacts of these reports that no other run holds (FOR UPDATE SKIP LOCKED), one transaction, with one
     * REPORTER_CONTACT_PURGED event each (the rule, never a value). Returns the references purged by this call.
     *
     * @param due reference to why (from {@link #due})
     * @param rules why to the rule's words in the event, e.g. "90 days after it was closed (gateway.retention.reporter-contact)"
     */
    public List<String> purge(Map<String, String> due, Map<String, String> rules, Instant now) throws SQLException {
        if (due.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(connection -> {
            List<String> held = lock(connection, new ArrayList<>(due.keySet()));
            List<EventRows.Entry> events = new ArrayList<>();
            try (PreparedStatement delete = connection.prepareStatement("delete from reporter_contact where reference = ?")) {
                for (String reference : held) {
                    delete.setString(1, reference);
                    if (delete.executeUpdate() == 1) {
                        events.add(new EventRows.Entry(reference, new ReportEvent(now, "gateway",
                                ReportEventType.REPORTER_CONTACT_PURGED.name(),
                                "reporter contact details removed: " + rules.get(due.get(reference)))));
                    }
                }
            }
            EventRows.append(connection, events);
            return events.stream().map(EventRows.Entry::reference).toList();
        });
    }

    private static List<String> lock(Connection connection, List<String> references) throws SQLException {
        List<String> held = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select reference from reporter_contact where reference in ("
                + "?,".repeat(references.size() - 1) + "?) for update skip locked")) {
            for (int i = 0; i < references.size(); i++) {
                statement.setString(i + 1, references.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        return held;
    }
}
