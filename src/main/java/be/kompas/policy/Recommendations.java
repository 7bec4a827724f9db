package be.kompas.policy;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;

/** The register of control-body recommendations (domain.md 8.5). */
public interface Recommendations {

    /** Newest first, optionally of one source and status. */
    Page<Recommendation> search(OrganisationId organisation, @Nullable RecommendationSource source,
            @Nullable RecommendationStatus status, PageRequest page);

    /** @throws be.kompas.core.RecordNotFoundException for one of another organisation too */
    Recommendation find(OrganisationId organisation, UUID recommendation);

    /** @throws be.kompas.core.InvalidInputException naming {@code text} when it is blank */
    UUID add(OrganisationId organisation, RecommendationChange recommendation);

    void change(OrganisationId organisation, UUID recommendation, RecommendationChange change);

    /** Adds the AIG's 18 proposals of October 2020 and 25 recommendations of March 2021 (domain.md 9.7), once. */
    int importAig(OrganisationId organisation);

    /** Per local zone, how many recommendations are implemented, overdue and open; no recommendation itself. */
    List<ZoneFollowUp> nationalFollowUp();
}
