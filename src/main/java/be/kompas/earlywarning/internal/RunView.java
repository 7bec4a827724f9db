package be.kompas.earlywarning.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An evaluation run and how far it got. */
public record RunView(UUID id, String triggeredBy, Instant startedAt, @Nullable Instant finishedAt, int total,
        int done, int alerts, boolean failed) {

    public boolean running() {
        return finishedAt == null;
    }

    public int percent() {
        return finishedAt != null ? 100 : total == 0 ? 0 : Math.min(99, done * 100 / total);
    }
}
