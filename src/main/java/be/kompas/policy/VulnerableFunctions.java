package be.kompas.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.kompas.people.StaffMemberSummary;
import be.kompas.tenancy.OrganisationId;

/**
 * The inventory of vulnerable functions (domain.md 7.2). Other modules read the consequences here, e.g. screening
 * reads {@link VulnerableFunction#screeningMonths()} of a staff member's function.
 */
public interface VulnerableFunctions {

    /** Highest net vulnerability first. */
    List<VulnerableFunction> all(OrganisationId organisation);

    /** The function by its name as the people module spells it. */
    Optional<VulnerableFunction> byName(OrganisationId organisation, String functionName);

    /**
     * The staff in service who hold each function of the inventory today, by function name, from the people module's
     * current employment; a function nobody holds is left out.
     */
    Map<String, List<StaffMemberSummary>> holders(OrganisationId organisation);

    /** @throws be.kompas.core.RecordNotFoundException for one of another organisation too */
    VulnerableFunction find(OrganisationId organisation, UUID id);

    /**
     * Adds the function to the inventory, or changes it when the name is there already, and marks the people
     * module's job function of that name vulnerable.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code functionName} or {@code screeningMonths}
     */
    UUID record(OrganisationId organisation, VulnerableFunctionChange change);
}
