package be.kompas.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An exclusive operating-system lock on the data directory, so that two Kompas processes never run a database
 * cluster on the same files. The lock file records the port of the running server, so that command-line tools can
 * join it instead.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String LOCK_FILE = "kompas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or answers empty when another process holds it. */
    static Optional<DataDirectoryLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // The port of an earlier run must not lead a tool to a server that is not up (yet).
            channel.truncate(0);
            return Optional.of(new DataDirectoryLock(channel, lock));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data directory " + dataDir, e);
        }
    }

    /**
     * A lock held by this same process (a command-line tool started next to the server, as in tests) is refused with
     * an exception rather than {@code null}; both mean that the directory is in use.
     */
    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The port that the holder of the lock wrote, if any. */
    static Optional<Integer> runningPort(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(LOCK_FILE), StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(text));
        }
        catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void recordPort(int port) {
        try {
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(Integer.toString(port)), 0);
            channel.force(true);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
