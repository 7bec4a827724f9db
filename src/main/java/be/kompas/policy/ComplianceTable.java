package be.kompas.policy;

import java.util.List;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/** The compliance table of Dutch units (domain.md 8.3). */
public interface ComplianceTable {

    List<ComplianceItem> items(OrganisationId organisation);

    /** @throws be.kompas.core.InvalidInputException naming {@code component} when it is blank */
    UUID add(OrganisationId organisation, String component, String legalBasis, String actors,
            ComplianceStatus status);

    /** @throws be.kompas.core.RecordNotFoundException for a row of another organisation too */
    void changeStatus(OrganisationId organisation, UUID item, ComplianceStatus status);

    /** Adds the twelve rows of the Limburg table (Bijlage 3) whose component the table lacks; returns how many. */
    int importDutchTemplate(OrganisationId organisation);
}
