package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Gifts and invitations: staff declare what they were offered; the rules (threshold, forbidden givers) give a
 * warning, never a refusal, so that the declaration is always made; {@link RegisterPermissions#GIFTS_REVIEW} reviews.
 */
public interface GiftRegister extends Register<GiftDeclaration> {

    /** The rules an offer breaks if accepted. */
    List<GiftWarning> warnings(OrganisationId organisation, GiftInput input);

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    UUID declare(OrganisationId organisation, StaffMemberId staff, GiftInput input);

    void review(KompasUser reviewer, UUID declaration, String remark);
}
