package be.kompas.registers;

import be.kompas.tenancy.OrganisationId;

/** Reads and changes {@link RegisterSettings}; an organisation that never saved any has the defaults. */
public interface RegisterSettingsManagement {

    RegisterSettings get(OrganisationId organisation);

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    void save(OrganisationId organisation, RegisterSettings settings);
}
