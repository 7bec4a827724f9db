package be.kompas.lookups.engine;

/** Receives a scan's alerts as they are found, and its progress. */
public interface ScanListener {

    void alert(Alert alert);

    /**
     * A look-up proposed before got a reason from a later burst or repeat; {@code alert} has all its reasons and its
     * new score. {@code alerts.csv} keeps the first proposal (one row per look-up); the review updates its alert.
     */
    default void updated(Alert alert) {
    }

    /**
     * Called every few ten thousand events.
     *
     * @param bytesRead  bytes of {@code events.csv} read so far
     * @param totalBytes size of {@code events.csv}
     */
    default void progress(long bytesRead, long totalBytes, long events) {
    }
}
