package be.hotline.gateway.store.audit;

import be.hotline.gateway.store.SqlTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads signed checkpoints, oldest first. */
final class CheckpointRows {

    private final Connection connection;

    CheckpointRows(Connection connection) {
        this.connection = connection;
    }

    List<Checkpoint> all() throws SQLException {
        return after(-1, Integer.MAX_VALUE);
    }

    List<Checkpoint> after(long position, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select position, head_hash, created_at, content,"
                + " signature_base64 from audit_checkpoint where position > ? order by position limit ?")) {
            statement.setLong(1, position);
            statement.setInt(2, limit);
            List<Checkpoint> checkpoints = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong(1), ChainLink.trim(rows.getString(2)), SqlTime.get(rows, 3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            return checkpoints;
        }
    }
}
