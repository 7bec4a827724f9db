package be.kompas.lookups.engine;

/** Receives a scan's alerts as they are found, and its progress. */
public interface ScanListener {

    void alert(Alert alert);

    /**
     * Called every few ten thousand events.
     *
     * @param bytesRead  bytes of {@code events.csv} read so far
     * @param totalBytes size of {@code events.csv}
     */
    default void progress(long bytesRead, long totalBytes, long events) {
    }
}
