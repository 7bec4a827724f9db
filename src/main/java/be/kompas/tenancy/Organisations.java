package be.kompas.tenancy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The register of organisations. */
public interface Organisations {

    Optional<Organisation> findByCode(String code);

    Organisation get(OrganisationId id);

    List<Organisation> findAll();

    /** The organisations the inspectorate's national views count: every one but the inspectorate, by name. */
    default List<Organisation> zones() {
        return findAll().stream().filter(o -> !o.isInspectorate()).sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    /** Adds an organisation and publishes {@link OrganisationCreated} in the same transaction. */
    Organisation create(NewOrganisation organisation);
}
