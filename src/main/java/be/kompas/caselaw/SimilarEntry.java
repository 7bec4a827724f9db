package be.kompas.caselaw;

import java.util.List;

/**
 * An earlier published decision and what it shares with the case at hand.
 *
 * @param score two points per shared fact code, one per shared risk family
 */
public record SimilarEntry(CaseLawEntry entry, List<String> sharedFactCodes, List<String> sharedRiskFamilies,
        int score) {
}
