package be.kompas.identity.internal;

import static be.kompas.identity.Roles.*;

import java.util.List;
import java.util.Set;

import be.kompas.tenancy.OrganisationKind;

/**
 * Which roles an organisation of each kind starts with, and which of them ask for a second factor by default
 * (administrators and internal oversight: they reach the most sensitive records).
 */
final class RoleCatalogue {

    record RoleTemplate(String code, boolean secondFactorRequired) {
    }

    private static final List<String> BELGIAN_ZONE = List.of(CHIEF_OF_POLICE, DISCIPLINARY_AUTHORITY,
            INTEGRITY_COORDINATOR, COACH_FACILITATOR, FACILITATOR_HELPER, INTEGRITY_COACH, HEAD_OF_OVERSIGHT,
            OVERSIGHT_INVESTIGATOR, DISCIPLINE_OFFICER, DATA_PROTECTION_OFFICER, CUSTOMER_COORDINATOR,
            CONFIDENTIAL_PERSON, PERSONNEL_CARE, PREVENTION_ADVISER, LINE_MANAGER, STAFF_MEMBER, ADMINISTRATOR);

    private static final List<String> DUTCH_EXTRA = List.of(COMPETENT_AUTHORITY, INTEGRITY_DEPARTMENT,
            LABOUR_AFFAIRS_ADVISER, TRIAGE_COMMITTEE_MEMBER);

    private static final List<String> INSPECTORATE = List.of(AIG_ANALYST, DATA_PROTECTION_OFFICER, ADMINISTRATOR);

    private static final Set<String> SECOND_FACTOR = Set.of(ADMINISTRATOR, HEAD_OF_OVERSIGHT, OVERSIGHT_INVESTIGATOR);

    private RoleCatalogue() {
    }

    static List<RoleTemplate> rolesFor(OrganisationKind kind) {
        List<String> codes = switch (kind) {
            case LOCAL_ZONE, FEDERAL_POLICE -> BELGIAN_ZONE;
            case DUTCH_UNIT -> java.util.stream.Stream.concat(BELGIAN_ZONE.stream(), DUTCH_EXTRA.stream()).toList();
            case INSPECTORATE -> INSPECTORATE;
        };
        return codes.stream().map(code -> new RoleTemplate(code, SECOND_FACTOR.contains(code))).toList();
    }
}
