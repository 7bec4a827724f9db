package be.kompas.lookups.internal;

import org.jspecify.annotations.Nullable;

/**
 * One team's sample of explained look-ups for one month of an import, as the reviewer sees it before and after
 * sending it.
 *
 * @param month  {@code 2026-03}, the month of the look-ups (Brussels time)
 * @param sent   how many went to a line manager; the others have none under the line-manager rule
 * @param sentTo the line manager they went to, when it was one
 */
public record SampleTeam(String teamId, String month, int size, int sent, @Nullable String sentTo, int answered) {
}
