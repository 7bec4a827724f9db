package be.kompas.policy;

import java.util.List;
import java.util.UUID;

import be.kompas.tenancy.OrganisationId;

/**
 * The register of the instruments, processes and structures of the organisation's integrity framework (domain.md 2.1
 * and 2.2), each with its owner, where it stands, the Kompas module that supports it and the actions that build it.
 */
public interface IntegrityFramework {

    List<FrameworkElement> elements(OrganisationId organisation);

    /** @throws be.kompas.core.RecordNotFoundException for an element of another organisation too */
    FrameworkElement find(OrganisationId organisation, UUID element);

    /** @throws be.kompas.core.InvalidInputException naming {@code name} when it is blank */
    UUID add(OrganisationId organisation, FrameworkElementChange element);

    /** @throws be.kompas.core.InvalidInputException naming {@code name} when it is blank */
    void change(OrganisationId organisation, UUID element, FrameworkElementChange change);

    /** @throws be.kompas.core.RecordNotFoundException when the element or the action is not the organisation's */
    void linkAction(OrganisationId organisation, UUID element, ActionId action);

    void unlinkAction(OrganisationId organisation, UUID element, ActionId action);

    /**
     * Adds the examples of each IMF function in domain.md 2.1 that the register lacks (by name), not yet assessed;
     * returns how many.
     */
    int importImfTemplate(OrganisationId organisation);
}
