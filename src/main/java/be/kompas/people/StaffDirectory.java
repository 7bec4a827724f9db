package be.kompas.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.tenancy.OrganisationId;

/**
 * The staff members of an organisation. Lookups by organisation serve other modules (to name or route to people);
 * {@link #browse} and {@link #view} serve a signed-in user, limited to what they may see, and views are audited.
 */
public interface StaffDirectory {

    Optional<StaffMemberSummary> find(OrganisationId organisation, StaffMemberId staff);

    Optional<StaffMemberSummary> findByPersonnelNumber(OrganisationId organisation, String personnelNumber);

    Page<StaffMemberSummary> search(OrganisationId organisation, StaffQuery query, PageRequest page);

    List<StaffMemberSummary> membersOf(OrganisationId organisation, UnitId unit, boolean includeSubunits);

    Set<StaffMemberId> staffInUnitTree(OrganisationId organisation, UnitId unit);

    /**
     * Who handles a matter about a staff member (domain.md 1.2): the first-line manager, unless they are involved or
     * absent (none, or left service); then the second line; then the heads of the member's unit and of the units
     * above it.
     *
     * @param involved the people the matter is about or who took part in it
     * @return empty when nobody uninvolved is left
     */
    Optional<StaffMemberId> responsibleManager(OrganisationId organisation, StaffMemberId staff,
            Set<StaffMemberId> involved);

    /**
     * The staff list as the viewer may see it: everything with {@link PeoplePermissions#STAFF_READ}, their own unit
     * tree and the people they manage with {@link PeoplePermissions#STAFF_READ_UNIT}.
     *
     * @throws org.springframework.security.access.AccessDeniedException without either permission
     */
    Page<StaffMemberSummary> browse(KompasUser viewer, StaffQuery query, PageRequest page);

    /**
     * One record as the viewer may see it (see {@link #browse}, plus their own record), recorded in the audit trail.
     *
     * @throws be.kompas.core.RecordNotFoundException for a record outside the viewer's reach
     * @throws org.springframework.security.access.AccessDeniedException for a viewer who may read no other record
     */
    StaffMemberDetails view(KompasUser viewer, StaffMemberId staff);

    /**
     * Adds a staff member with a first employment period and publishes {@link StaffMemberCreated}.
     *
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    StaffMemberId create(OrganisationId organisation, NewStaffMember member);

    void change(OrganisationId organisation, StaffMemberId staff, StaffMemberChange change);

    /** Ends the current employment period, opens the next and publishes {@link StaffMemberTransferred}. */
    void transfer(OrganisationId organisation, StaffMemberId staff, Transfer transfer);
}
