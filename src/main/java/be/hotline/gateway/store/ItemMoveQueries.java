package be.hotline.gateway.store;

import be.hotline.gateway.feedback.NewLocation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the moves of items (table item_move): where each item is now, and which items moved too often. */
public final class ItemMoveQueries {

    private final Transactions transactions;

    public ItemMoveQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Where the report's moved items are now, by position: the location their last move gave. Unmoved items are absent. */
    public Map<Integer, NewLocation> currentLocations(String reference) {
        return transactions.read(connection -> {
            Map<Integer, NewLocation> locations = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select position, new_hosting_country, new_hosting_ip,"
                    + " new_hosting_provider from item_move where reference = ? order by position, move_number")) {
                statement.setString(1, reference);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        locations.put(rows.getInt(1), new NewLocation(rows.getString(2), Optional.ofNullable(rows.getString(3)),
                                Optional.ofNullable(rows.getString(4))));
                    }
                }
            }
            return locations;
        });
    }

    /** An item that moved more often than allowed and was not sent again: its last move. */
    public record MovedTooOften(String reference, int position, int moves, String lastMovedBy, String fromCountry,
                                String hostingCountry, Instant movedAt) {
    }

    /** Items whose last move was flagged, latest first. */
    public List<MovedTooOften> movedTooOften(int limit) {
        return transactions.read(connection -> {
            List<MovedTooOften> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select m.reference, m.position, m.move_number,"
                    + " m.from_partner, m.from_country, m.new_hosting_country, m.moved_at from item_move m where " + FLAGGED_LAST
                    + " order by m.moved_at desc, m.reference, m.position limit ?")) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        items.add(new MovedTooOften(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), SqlTime.get(rows, 7)));
                    }
                }
            }
            return items;
        });
    }

    /** How many items {@link #movedTooOften} would list without a limit. */
    public int movedTooOftenCount() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from item_move m where " + FLAGGED_LAST);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** The item's latest move is a flagged one (each later move beyond the limit is flagged too; the item counts once). */
    private static final String FLAGGED_LAST = "m.flagged and m.move_number = (select max(n.move_number) from item_move n"
            + " where n.reference = m.reference and n.position = m.position)";
}
