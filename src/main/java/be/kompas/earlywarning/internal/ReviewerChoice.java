package be.kompas.earlywarning.internal;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Picks the designated reviewer of an alert: an enabled holder of the configured role who is neither the staff member
 * nor the manager responsible for them (the line manager is involved in what the alert is about, so never reviews
 * it). The first such user by username, so that a repeated run picks the same one; nobody when none is left.
 */
@Component
class ReviewerChoice {

    private final UserManagement users;
    private final StaffDirectory staff;

    ReviewerChoice(UserManagement users, StaffDirectory staff) {
        this.users = users;
        this.staff = staff;
    }

    Optional<UserSummary> choose(OrganisationId organisation, UUID staffMember, String role) {
        var member = new StaffMemberId(staffMember);
        UUID manager = staff.responsibleManager(organisation, member, Set.of(member)).map(StaffMemberId::value)
                .orElse(null);
        return users.withRole(organisation, role).stream().filter(UserSummary::enabled)
                .filter(u -> !staffMember.equals(u.staffMemberId()))
                .filter(u -> manager == null || !Objects.equals(manager, u.staffMemberId()))
                .min(Comparator.comparing(UserSummary::username));
    }
}
