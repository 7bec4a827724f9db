package be.kompas.tenancy;

import java.util.List;
import java.util.Optional;

/** The register of organisations. */
public interface Organisations {

    Optional<Organisation> findByCode(String code);

    Organisation get(OrganisationId id);

    List<Organisation> findAll();

    /** Adds an organisation and publishes {@link OrganisationCreated} in the same transaction. */
    Organisation create(NewOrganisation organisation);
}
