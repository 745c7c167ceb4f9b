package be.hotline.gateway.store;

import be.hotline.gateway.report.MessageSignature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/** A report's verified sender signature (table message_signature, V17), written with the report. */
final class SignatureRows {

    private SignatureRows() {
    }

    static void insert(Connection connection, String reference, String partnerId, MessageSignature signature)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into message_signature (reference, partner_id,"
                + " signer_fingerprint, signer_subject, verified_at, signature_base64, signed_body_base64) values (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, reference);
            statement.setString(2, partnerId);
            statement.setString(3, signature.signerFingerprint());
            statement.setString(4, signature.signerSubject());
            SqlTime.set(statement, 5, signature.verifiedAt());
            statement.setString(6, Base64.getEncoder().encodeToString(signature.der()));
            statement.setString(7, signature.content().map(Base64.getEncoder()::encodeToString).orElse(null));
            statement.executeUpdate();
        }
    }

    static Optional<MessageSignature> of(Connection connection, String reference) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select signature_base64, signed_body_base64,"
                + " signer_fingerprint, signer_subject, verified_at from message_signature where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MessageSignature(Base64.getDecoder().decode(rows.getString(1)),
                        Optional.ofNullable(rows.getString(2)).map(Base64.getDecoder()::decode), rows.getString(3),
                        rows.getString(4), SqlTime.get(rows, 5)));
            }
        }
    }
}
