package be.hotline.gateway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An H2 database's files hold reporter contact details: its directory is the owner's alone (rwx------) and so are
 * its files (rw-------), also those an older installation left readable by everyone. On filesystems without POSIX
 * permissions (Windows) nothing is changed.
 */
final class PrivateDataFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final String filePrefix;

    /** @param databaseFile the database's file name without extension, e.g. /srv/gateway/data/gateway */
    PrivateDataFiles(Path databaseFile) {
        this.directory = databaseFile.toAbsolutePath().getParent();
        this.filePrefix = databaseFile.getFileName() + ".";
    }

    /**
     * Before H2 opens the database: a missing directory (and any missing parent of it) is created private, so nothing
     * is ever exposed in it.
     */
    void createDirectory() {
        try {
            Deque<Path> missing = new ArrayDeque<>();
            for (Path path = directory; path != null && !Files.exists(path); path = path.getParent()) {
                missing.push(path);
            }
            for (Path path : missing) {
                Files.createDirectory(path);
                restrict(path, OWNER_ONLY_DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + directory, e);
        }
    }

    /**
     * The database's files (gateway.mv.db, gateway.trace.db ...) become rw-------. The directory becomes rwx------
     * too when it holds nothing but them: a directory shared with other files (say /tmp) is left as it is.
     */
    void tighten() {
        try (Stream<Path> entries = Files.list(directory)) {
            boolean onlyDatabaseFiles = true;
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith(filePrefix) && Files.isRegularFile(entry)) {
                    restrict(entry, OWNER_ONLY_FILE);
                } else {
                    onlyDatabaseFiles = false;
                }
            }
            if (onlyDatabaseFiles) {
                restrict(directory, OWNER_ONLY_DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database files in " + directory + " private", e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
