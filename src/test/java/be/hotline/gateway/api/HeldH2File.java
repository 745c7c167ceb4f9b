package be.hotline.gateway.api;

import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** An H2 database file closed and held by someone else, until closed: the gateway cannot open it meanwhile. */
record HeldH2File(FileChannel channel, FileLock lock) implements AutoCloseable {

    /**
     * SHUTDOWN closes the database for the whole JVM, as H2 does after an I/O failure; the lock is what another
     * process holding the file amounts to. The gateway's delivery timer may open the file again in between: then
     * the lock is refused, and we close it once more.
     */
    static HeldH2File closeAndHold(TestDatabase database, Path file) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new HeldH2File(channel, lock);
                }
            } catch (OverlappingFileLockException reopenedFirst) {
                // the gateway was quicker: try again
            }
            channel.close();
        }
        throw new AssertionError("could not hold the database file");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
