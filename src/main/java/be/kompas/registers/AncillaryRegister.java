package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Ancillary activities (domain.md 9.3). The sources give no approval rules, so the workflow follows the
 * organisation's {@link RegisterSettings}: by default the line manager advises, then the competent authority
 * ({@link RegisterPermissions#ANCILLARY_DECIDE}) decides with reasons and conditions; permissions expire after
 * {@link RegisterSettings#ancillaryValidityYears()} and are renewed by a new application.
 */
public interface AncillaryRegister extends Register<AncillaryActivity> {

    /** @throws be.kompas.core.InvalidInputException naming each offending field */
    UUID apply(OrganisationId organisation, StaffMemberId applicant, AncillaryInput input);

    /** Applications the viewer may see: their own, those they advise on, or all for the competent authority. */
    Page<AncillaryActivity> list(KompasUser viewer, @Nullable String unitName, PageRequest page);

    @Override
    default Page<AncillaryActivity> list(KompasUser viewer, PageRequest page) {
        return list(viewer, null, page);
    }

    /** The line manager's advice. */
    void advise(KompasUser adviser, UUID activity, boolean favourable, String text);

    /** @throws be.kompas.core.InvalidInputException naming {@code reasons} when they are blank */
    void decide(KompasUser authority, UUID activity, boolean granted, String reasons, String conditions);

    /** A new application with the same content, for a permission that expires or has expired. */
    UUID renew(KompasUser applicant, UUID activity);

    List<AncillaryActivity> all(KompasUser viewer);
}
