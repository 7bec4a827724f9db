package be.kompas.policy;

import java.util.List;

import be.kompas.tenancy.OrganisationId;

/** The Dutch annual plan (jaarplanning, domain.md 8.3). */
public interface AnnualPlan {

    /** The activities of one year, by house element. */
    List<AnnualPlanItem> items(OrganisationId organisation, int year);

    /**
     * @throws be.kompas.core.InvalidInputException naming {@code activity} when it is blank, or {@code year}
     */
    void add(OrganisationId organisation, AnnualPlanItem item);
}
