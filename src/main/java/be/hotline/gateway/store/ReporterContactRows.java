package be.hotline.gateway.store;

import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The reporter_contact table: name, e-mail and phone only ever written encrypted, with the id of the key.
 * The plain columns of V1 are read only to encrypt rows stored before V18, and emptied when they are.
 */
final class ReporterContactRows {

    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String COLUMNS = "reference, key_id, name_enc, email_enc, phone_enc, name, email, phone";

    private ReporterContactRows() {
    }

    static void insert(Connection connection, String reference, ReporterContact reporter, ReporterDataCipher cipher)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into reporter_contact (reference, key_id, name_enc, email_enc, phone_enc) values (?, ?, ?, ?, ?)")) {
            statement.setString(1, reference);
            statement.setString(2, cipher.currentKeyId());
            statement.setString(3, cipher.encrypt(reference, NAME, reporter.name().orElse(null)));
            statement.setString(4, cipher.encrypt(reference, EMAIL, reporter.email().orElse(null)));
            statement.setString(5, cipher.encrypt(reference, PHONE, reporter.phone().orElse(null)));
            statement.executeUpdate();
        }
    }

    static Optional<ReporterContact> find(Connection connection, String reference, ReporterDataCipher cipher) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + COLUMNS + " from reporter_contact where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(contact(rows, cipher)) : Optional.empty();
            }
        }
    }

    /** The row at the cursor of a {@link #COLUMNS} query, decrypted (or, for a row from before V18, as stored). */
    static ReporterContact contact(ResultSet row, ReporterDataCipher cipher) throws SQLException {
        String reference = row.getString(1);
        String keyId = row.getString(2);
        if (keyId == null) {
            return new ReporterContact(Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7)),
                    Optional.ofNullable(row.getString(8)));
        }
        return new ReporterContact(Optional.ofNullable(cipher.decrypt(keyId, reference, NAME, row.getString(3))),
                Optional.ofNullable(cipher.decrypt(keyId, reference, EMAIL, row.getString(4))),
                Optional.ofNullable(cipher.decrypt(keyId, reference, PHONE, row.getString(5))));
    }

    /**
     * Encrypts the row again under the current key and empties its plain columns, only if it is still under
     * {@code expectedKeyId} (null: plain): another node or a purge may have got there first. True if it was rewritten.
     */
    static boolean reseal(Connection connection, String reference, String expectedKeyId, ReporterContact contact,
                          ReporterDataCipher cipher) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update reporter_contact set key_id = ?, name_enc = ?, email_enc = ?, phone_enc = ?,"
                        + " name = null, email = null, phone = null"
                        + " where reference = ? and " + (expectedKeyId == null ? "key_id is null" : "key_id = ?"))) {
            statement.setString(1, cipher.currentKeyId());
            statement.setString(2, cipher.encrypt(reference, NAME, contact.name().orElse(null)));
            statement.setString(3, cipher.encrypt(reference, EMAIL, contact.email().orElse(null)));
            statement.setString(4, cipher.encrypt(reference, PHONE, contact.phone().orElse(null)));
            statement.setString(5, reference);
            if (expectedKeyId != null) {
                statement.setString(6, expectedKeyId);
            }
            return statement.executeUpdate() == 1;
        }
    }
}
