package be.hotline.gateway.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Gives items stored before migration V13 their assigned country, by the routing rules in force at start.
 * One update per hosting country, so it costs nothing once every row has one.
 */
public final class AssignedCountryBackfill {

    private AssignedCountryBackfill() {
    }

    /** @return how many items got an assigned country */
    public static int run(Transactions transactions, UnaryOperator<String> assignedCountryOf) {
        try {
            return transactions.inTransaction(connection -> {
                List<String> hostingCountries = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "select distinct hosting_country from report_content_item where assigned_country is null");
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hostingCountries.add(rows.getString(1));
                    }
                }
                int filled = 0;
                try (PreparedStatement statement = connection.prepareStatement("update report_content_item"
                        + " set assigned_country = ? where hosting_country = ? and assigned_country is null")) {
                    for (String hostingCountry : hostingCountries) {
                        statement.setString(1, assignedCountryOf.apply(hostingCountry));
                        statement.setString(2, hostingCountry);
                        filled += statement.executeUpdate();
                    }
                }
                return filled;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not fill the assigned country of earlier items", e);
        }
    }
}
