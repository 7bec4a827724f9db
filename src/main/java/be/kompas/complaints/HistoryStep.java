package be.kompas.complaints;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One dated step in an item's handling; {@code step} is a code such as {@code received} or {@code routed}. */
public record HistoryStep(Instant at, String actor, String step, @Nullable String detail) {
}
