package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Gifts and invitations: staff declare what they were offered; the rules (threshold, forbidden givers) give a
 * warning, never a refusal, so that the declaration is always made; {@link RegisterPermissions#GIFTS_REVIEW} reviews.
 */
public interface GiftRegister {

    /** The rules an offer breaks if accepted. */
    List<GiftWarning> warnings(OrganisationId organisation, GiftInput input);

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    UUID declare(OrganisationId organisation, StaffMemberId staff, GiftInput input);

    Page<GiftDeclaration> list(KompasUser viewer, PageRequest page);

    /** @throws be.kompas.core.RecordNotFoundException outside the viewer's reach */
    GiftDeclaration view(KompasUser viewer, UUID declaration);

    void review(KompasUser reviewer, UUID declaration, String remark);

    List<GiftDeclaration> year(KompasUser viewer, int year);

    YearStatistics statistics(OrganisationId organisation, int year);
}
