package be.kompas.privacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.kompas.tenancy.OrganisationId;

/**
 * The retention periods that the DPO set. A record type without a policy has "retention not set" and is never purged
 * (domain.md section 13, item 8).
 */
public interface RetentionPolicies {

    Optional<RetentionPolicy> current(OrganisationId organisation, String recordType);

    /** The current policy of each record type that has one, by record type code. */
    Map<String, RetentionPolicy> current(OrganisationId organisation);

    /** Every policy the record type had, newest first, so that earlier settings stay on record. */
    List<RetentionPolicy> history(OrganisationId organisation, String recordType);

    /**
     * Sets or changes the retention of a purgeable record type, as the signed-in user.
     *
     * @throws be.kompas.core.RecordNotFoundException for a record type that no module holds
     * @throws be.kompas.core.InvalidInputException for a record type that may not be purged
     */
    RetentionPolicy change(OrganisationId organisation, String recordType, RetentionPeriod period);
}
