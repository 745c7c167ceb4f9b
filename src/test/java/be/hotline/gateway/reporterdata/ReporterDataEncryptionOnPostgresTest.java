package be.hotline.gateway.reporterdata;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** On PostgreSQL the raw content is what an operator's backup holds: pg_dump of the test's schema, data included. */
class ReporterDataEncryptionOnPostgresTest extends ReporterDataEncryptionContract {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected String rawDatabaseContent() throws Exception {
        String url = database.jdbcUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        String databaseName = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        String hostPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        Process dump = new ProcessBuilder("pg_dump", "-h", hostPort.split(":")[0], "-p", hostPort.split(":")[1],
                "-U", database.user(), "-n", schema, databaseName).redirectErrorStream(true).start();
        byte[] output = dump.getInputStream().readAllBytes();
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dump.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        return new String(output, StandardCharsets.ISO_8859_1);
    }
}
