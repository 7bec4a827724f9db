package be.kompas.lookups.internal;

import org.jspecify.annotations.Nullable;

/** One team's sample of explained look-ups in an import, as the reviewer sees it before and after sending it. */
public record SampleTeam(String teamId, int size, @Nullable String sentTo, int answered) {
}
