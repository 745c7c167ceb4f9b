package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The H2 files hold reporter contact details: opening the database makes its directory rwx------ and its files
 * rw-------, whether the directory is new or an older installation left it and its files readable by everyone.
 */
class DataFilePermissionsTest {

    @Test
    void aNewDataDirectoryAndItsFilesAreTheOwnersAlone() throws Exception {
        Path data = Files.createTempDirectory("gateway-perms").resolve("var/data");

        try (Database ignored = Database.open(settings(data))) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(data.getParent())).as("a parent created with it").isEqualTo("rwx------");
            assertThat(data.resolve("gateway.mv.db")).exists();
            assertThat(databaseFiles(data)).allSatisfy(file -> assertThat(permissions(file)).as(file.toString())
                    .isEqualTo("rw-------"));
        }
    }

    @Test
    void anOlderInstallationsOpenFilesAreTightened() throws Exception {
        Path data = Files.createTempDirectory("gateway-perms").resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        createDatabaseAsBefore(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("gateway.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database ignored = Database.open(settings(data))) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("gateway.mv.db"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDirectorySharedWithOtherFilesKeepsItsOwnModeButTheDatabaseFilesAreTightened() throws Exception {
        Path shared = Files.createTempDirectory("gateway-perms");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path other = Files.writeString(shared.resolve("notes.txt"), "not the gateway's");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        createDatabaseAsBefore(shared);
        Files.setPosixFilePermissions(shared.resolve("gateway.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database ignored = Database.open(settings(shared))) {
            assertThat(permissions(shared.resolve("gateway.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(other)).isEqualTo("rw-r--r--");
            assertThat(permissions(shared)).isEqualTo("rwxr-xr-x");
        }
    }

    private static DatabaseSettings settings(Path directory) {
        return new DatabaseSettings("jdbc:h2:file:" + directory.resolve("gateway") + ";WRITE_DELAY=0", "sa", "", 2, 5000);
    }

    /** A gateway database as an older installation left it, before its files were made private. */
    private static void createDatabaseAsBefore(Path directory) {
        Database.open(settings(directory)).close();
    }

    private static java.util.List<Path> databaseFiles(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
