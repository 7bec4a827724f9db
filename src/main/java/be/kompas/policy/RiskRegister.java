package be.kompas.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** The organisation's risk register (domain.md 7.1): risks, their scores over time, measures and sessions. */
public interface RiskRegister {

    /** Risks by net score, highest first. */
    Page<RiskSummary> search(OrganisationId organisation, RiskQuery query, PageRequest page);

    /** Every risk, highest net score first, for the matrix and the heat map. */
    List<RiskSummary> all(OrganisationId organisation);

    /** @throws be.kompas.core.RecordNotFoundException for a risk of another organisation too */
    RiskDetails find(OrganisationId organisation, RiskId risk);

    /** @throws be.kompas.core.InvalidInputException naming {@code title} when it is blank */
    RiskId add(OrganisationId organisation, NewRisk risk);

    /** Adds a new version of the risk's scores. */
    void reassess(OrganisationId organisation, RiskId risk, Scores gross, Scores net, String note);

    void addMeasure(OrganisationId organisation, RiskId risk, String description, String owner);

    void linkAction(OrganisationId organisation, RiskId risk, ActionId action);

    /** Adds the 27 risks of the Gent risk analysis (domain.md 7.1) with their scores; returns how many it added. */
    int importGentTemplate(OrganisationId organisation);

    void recordSession(OrganisationId organisation, LocalDate heldOn, String participants, Set<RiskSource> sources,
            String notes);

    List<RiskSession> sessions(OrganisationId organisation);
}
