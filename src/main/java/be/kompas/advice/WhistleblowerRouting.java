package be.kompas.advice;

/**
 * Where a whistleblower report's finding goes (domain.md 6.1): the highest hierarchical superior, or the Minister of
 * the Interior when that person is involved.
 */
public enum WhistleblowerRouting {
    HIGHEST_SUPERIOR, MINISTER
}
