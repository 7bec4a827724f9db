package be.kompas.investigations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.investigations.Bureau;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Outcome;
import be.kompas.investigations.Track;

/**
 * One case as stored; after a purge only the columns the statistics need are left (a tombstone).
 *
 * @param receivedOn when the report was received: by the Advice Point for a forwarded report, as entered for a case
 *     opened by hand; the whistleblower terms count from it
 * @param acknowledgedOn when the reporter's report was first acknowledged, in the Advice Point or by a step here
 * @param extension the one extension of the 20-week investigation term, if recorded
 */
public record CaseRow(UUID id, UUID organisationId, String reference, Bureau bureau, Origin origin,
        @Nullable String originReference, @Nullable UUID originId, CaseStatus status, @Nullable Track track,
        LocalDate openedOn, LocalDate receivedOn, @Nullable LocalDate acknowledgedOn,
        CaseParts.@Nullable Extension extension, @Nullable String summary, @Nullable String facts, List<String> factCodes,
        List<String> riskFamilies, @Nullable String advice, boolean loggingNeeded, boolean criminalElements,
        boolean mediaSensitive, boolean measuresExpected, @Nullable LocalDate triagedOn, @Nullable String triagedBy,
        @Nullable String trackReason, @Nullable Outcome outcome, @Nullable String sanctionCode,
        @Nullable String decisionText, @Nullable String anonymisedFacts, List<String> aggravating,
        List<String> mitigating, @Nullable LocalDate decidedOn, @Nullable String decidedBy,
        @Nullable LocalDate outcomeInformedOn, boolean fileOpenToStaff, @Nullable LocalDate closedOn,
        @Nullable String retentionClass, @Nullable UUID unitId, int staffCount, boolean purged) {

    public boolean open() {
        return status != CaseStatus.CLOSED;
    }
}
