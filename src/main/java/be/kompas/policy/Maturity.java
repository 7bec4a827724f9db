package be.kompas.policy;

import java.util.List;
import java.util.Map;

import be.kompas.tenancy.OrganisationId;

/** The maturity self-assessment of an organisation, per year, and its national comparison. */
public interface Maturity {

    /** Fewer zones than this and a distribution is not shown (domain.md 13.10: small counts). */
    int MINIMUM_ZONES = 5;

    MaturityAssessment assessment(OrganisationId organisation, int year);

    /** The years with a score, newest first. */
    List<Integer> years(OrganisationId organisation);

    /**
     * Sets the scores and sub-item answers of one year; topics left out keep their score.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code year} or the topic whose level is off 0-5
     */
    void record(OrganisationId organisation, int year, List<MaturityScore> scores,
            Map<CultureItem, CultureItem.Answer> items);

    /** Records the Gent evaluation of May 2023 (domain.md 2.3) as the baseline of 2023. */
    void importGentBaseline(OrganisationId organisation);

    /** Per topic, how many local zones reached each level in {@code year}. */
    List<TopicDistribution> nationalDistribution(int year);
}
