package be.hotline.gateway.reporterdata;

import be.hotline.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/** On H2 the raw content is the database file itself, read byte by byte after a checkpoint wrote every change to it. */
class ReporterDataEncryptionOnH2Test extends ReporterDataEncryptionContract {

    private final TestDatabase database = TestDatabase.freshH2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected String rawDatabaseContent() throws Exception {
        try (Connection connection = database.connect()) {
            connection.createStatement().execute("checkpoint sync");
        }
        String path = database.jdbcUrl().substring("jdbc:h2:file:".length(), database.jdbcUrl().indexOf(';'));
        // What `strings` would show: the bytes as they are, ASCII readable as Latin-1.
        return new String(Files.readAllBytes(Path.of(path + ".mv.db")), StandardCharsets.ISO_8859_1);
    }
}
