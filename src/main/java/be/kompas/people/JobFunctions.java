package be.kompas.people;

import java.util.List;

import be.kompas.tenancy.OrganisationId;

/** The organisation's job functions; the policy module marks functions vulnerable through this API. */
public interface JobFunctions {

    /** Every function, by name. */
    List<JobFunction> all(OrganisationId organisation);

    /** @throws be.kompas.core.InvalidInputException naming {@code name} when it is blank or used already */
    JobFunctionId create(OrganisationId organisation, String name, boolean vulnerable);

    void markVulnerable(OrganisationId organisation, JobFunctionId function, boolean vulnerable);
}
