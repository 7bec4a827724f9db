package be.kompas.investigations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.identity.KompasUser;

/**
 * Cases from opening to closing, for a signed-in user; every call checks the need-to-know rule and answers a case the
 * user may not read as {@link be.kompas.core.RecordNotFoundException}. Rule violations are
 * {@link be.kompas.core.InvalidInputException}s naming the rule.
 */
public interface CaseManagement {

    /**
     * Opens a case by hand.
     *
     * @param receivedOn when the report was received (the whistleblower terms count from it); today when null
     */
    UUID open(KompasUser user, Origin origin, Bureau bureau, String summary, @Nullable String originReference,
            List<String> personnelNumbers, @Nullable LocalDate receivedOn);

    void triage(KompasUser user, UUID id, String facts, List<String> factCodes, List<String> riskFamilies,
            @Nullable String advice, boolean logging, boolean criminal, boolean media, boolean measures);

    void chooseTrack(KompasUser user, UUID id, Track track, @Nullable String reason);

    void assign(KompasUser user, UUID id, UUID investigatorId);

    /** The ids of the case's staff-concerned entries, for announcements, hearings and measures. */
    List<UUID> concerned(KompasUser user, UUID id);

    UUID announce(KompasUser user, UUID id, UUID concernedId, LocalDate hearingOn, Locale locale);

    UUID hearing(KompasUser user, UUID id, UUID concernedId, LocalDate on, String verbatim,
            @Nullable String representative);

    void measure(KompasUser user, UUID id, String code, @Nullable UUID concernedId, LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String note);

    void decide(KompasUser user, UUID id, Outcome outcome, @Nullable String sanctionCode, String text,
            String anonymisedFacts, List<String> aggravating, List<String> mitigating);

    /** The information duties of the case not yet fulfilled. */
    List<UUID> openDuties(KompasUser user, UUID id);

    void sent(KompasUser user, UUID id, UUID dutyId, @Nullable String recipientName);

    void close(KompasUser user, UUID id);
}
