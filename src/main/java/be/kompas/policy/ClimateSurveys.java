package be.kompas.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * The anonymous ethical climate survey (domain.md 10): the coordinator composes a questionnaire of Likert items per
 * dimension and opens it for a period; each member of staff receives one one-time token and answers with it. Who took
 * part is recorded, but answers are kept apart from any identity and written in shuffled batches without timestamps.
 */
public interface ClimateSurveys {

    /** Results of a group with fewer respondents than this are not shown. */
    int MINIMUM_GROUP = 10;

    List<ClimateSurvey> surveys(OrganisationId organisation);

    /** @throws be.kompas.core.RecordNotFoundException for a survey of another organisation too */
    ClimateSurvey find(OrganisationId organisation, UUID survey);

    List<SurveyItem> items(OrganisationId organisation, UUID survey);

    /** @throws be.kompas.core.InvalidInputException naming {@code year} or {@code title} */
    UUID create(OrganisationId organisation, int year, String title, List<String> groups);

    /** @throws be.kompas.core.InvalidInputException naming {@code text}, or {@code status} once the survey is open */
    UUID addItem(OrganisationId organisation, UUID survey, ClimateDimension dimension, String text);

    /** @throws be.kompas.core.InvalidInputException naming {@code status} once the survey is open */
    void removeItem(OrganisationId organisation, UUID survey, UUID item);

    /**
     * Opens a draft from today until {@code closesOn}.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code closesOn} (in the past), {@code items} (none) or
     *     {@code status} (not a draft)
     */
    void open(OrganisationId organisation, UUID survey, LocalDate closesOn);

    /** Closes the survey and writes the answers still held. */
    void close(OrganisationId organisation, UUID survey);

    /** The open surveys of the organisation that accept answers today. */
    List<ClimateSurvey> openSurveys(OrganisationId organisation);

    /**
     * Gives the user their one-time token for an open survey, once: empty when they already received one.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code status} when the survey does not accept answers
     */
    Optional<String> issueToken(OrganisationId organisation, UUID survey, UUID user);

    /** Whether the user received a token for the survey (so took part or still may with that token). */
    boolean tookPart(OrganisationId organisation, UUID survey, UUID user);

    /**
     * Answers a survey with a one-time token; the token is used up, and nothing about the caller is stored with the
     * answers.
     *
     * @param scores per item, 1 to 5; every item must be answered
     * @throws be.kompas.core.InvalidInputException naming {@code token} (unknown or used), {@code status} (closed),
     *     {@code group} (not one of the survey's) or the id of an item without a valid score
     */
    void answer(OrganisationId organisation, String token, String group, Map<UUID, Integer> scores);

    SurveyResults results(OrganisationId organisation, UUID survey);

    /** Overall results of every survey that has any, oldest first, for the trend over the years. */
    List<SurveyResults> trend(OrganisationId organisation);

    ClimateSwot swot(OrganisationId organisation, int year);

    void saveSwot(OrganisationId organisation, ClimateSwot swot);

    /**
     * Turns a priority of the year's SWOT into a planned action of the policy domain, with the next free B code.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code priority} when it is blank
     */
    ActionId planPriority(OrganisationId organisation, int year, String priority);

    /** Closes the open surveys whose last day has passed, in every organisation; returns how many. */
    int closeEnded(LocalDate today);
}
