package be.kompas.registers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.OrganisationId;

/** The people module as the registers need it: who the caller is as staff, and names to show. */
@Component
class StaffLookup {

    private static final String NAMES = StaffLookup.class.getName() + ".names";

    private final StaffDirectory directory;

    StaffLookup(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The viewer's own staff record, if their account has one. */
    static Optional<StaffMemberId> own(KompasUser viewer) {
        return Optional.ofNullable(viewer.staffMemberId()).map(StaffMemberId::new);
    }

    /**
     * Whose entries a viewer may see in a register: everyone's with the register's permission ({@code null}), else
     * their own; without a staff record, a random id that matches nobody.
     */
    static @Nullable UUID scope(KompasUser viewer, String permission) {
        if (viewer.can(permission)) {
            return null;
        }
        return own(viewer).map(StaffMemberId::value).orElse(UUID.randomUUID());
    }

    /** @throws InvalidInputException naming {@code field} for a staff member not in the organisation */
    StaffMemberSummary require(OrganisationId organisation, StaffMemberId staff, String field) {
        return directory.find(organisation, staff)
                .orElseThrow(() -> InvalidInputException.of(field, "is not a staff member of this organisation"));
    }

    /**
     * The staff member's full name, or "-". A list page names the same officers and supervisors on many rows, so the
     * names are kept for the rest of the web request (not longer: a renamed member shows under the new name at once).
     */
    String name(OrganisationId organisation, StaffMemberId staff) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return lookUp(organisation, staff);
        }
        @SuppressWarnings("unchecked")
        var names = (Map<String, String>) request.getAttribute(NAMES, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = new HashMap<>();
            request.setAttribute(NAMES, names, RequestAttributes.SCOPE_REQUEST);
        }
        return names.computeIfAbsent(organisation.value() + "/" + staff.value(), key -> lookUp(organisation, staff));
    }

    private String lookUp(OrganisationId organisation, StaffMemberId staff) {
        return directory.find(organisation, staff).map(StaffMemberSummary::fullName).orElse("-");
    }

    /** Every staff member of the organisation still in service. */
    List<StaffMemberSummary> inService(OrganisationId organisation) {
        var members = new ArrayList<StaffMemberSummary>();
        for (int page = 0;; page++) {
            var found = directory.search(organisation, StaffQuery.all(), PageRequest.of(page, 200));
            found.content().stream().filter(StaffMemberSummary::inService).forEach(members::add);
            if (!found.hasNext()) {
                return members;
            }
        }
    }

    StaffDirectory directory() {
        return directory;
    }
}
