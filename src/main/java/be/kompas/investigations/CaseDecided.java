package be.kompas.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.tenancy.OrganisationId;

/**
 * The competent authority decided a case; carries only what the internal case-law database keeps (no names).
 *
 * @param factCodes Comité P fact codes of the qualification
 * @param riskFamilies risk-taxonomy families of the qualification
 * @param anonymisedFacts the facts as written for case law, without names
 * @param outcome the decision: {@code NO_BREACH}, {@code FILED_WITHOUT_FURTHER_ACTION}, {@code NON_DISCIPLINARY_MEASURE},
 *     {@code LIGHT_SANCTION}, {@code HEAVY_SANCTION}, {@code REFERRED}
 * @param sanction the sanction or measure code (reference data), if any
 */
public record CaseDecided(OrganisationId organisation, UUID caseId, String reference, Track track,
        List<String> factCodes, List<String> riskFamilies, String anonymisedFacts, List<String> aggravating,
        List<String> mitigating, String outcome, @Nullable String sanction, LocalDate decidedOn) {
}
