package be.kompas.lookups.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An import as its page and the oversight show it; no identities. */
public record ImportView(UUID id, String label, String origin, String status, long bytesRead, long totalBytes,
        long events, long explained, long alerts, long suppressed, long badRows, @Nullable String errorKey,
        String startedBy, Instant startedAt, @Nullable Instant finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    public int percent() {
        if (done()) {
            return 100;
        }
        return totalBytes == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / totalBytes);
    }
}
