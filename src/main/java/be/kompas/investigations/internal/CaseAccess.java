package be.kompas.investigations.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import be.kompas.identity.KompasUser;
import be.kompas.investigations.InvestigationPermissions;

/**
 * The need-to-know rule (issue 7, domain.md 1.4): a case is read by the head of internal oversight, the competent
 * authority who decides, and the investigators assigned to it; by nobody else, whatever else they may do.
 */
@Component
class CaseAccess {

    private final CaseRepository cases;

    CaseAccess(CaseRepository cases) {
        this.cases = cases;
    }

    boolean mayRead(KompasUser user, CaseRow row) {
        if (!user.organisationId().value().equals(row.organisationId())) {
            return false;
        }
        return readsAll(user) || (user.can(InvestigationPermissions.INVESTIGATE)
                && cases.assigned(user.organisationId(), row.id(), user.id()));
    }

    static boolean readsAll(KompasUser user) {
        return user.can(InvestigationPermissions.OVERSEE) || user.can(InvestigationPermissions.DECIDE);
    }

    /** The staff member concerned, who sees their own file only as the procedure opens it (see the staff view). */
    boolean concerns(KompasUser user, UUID caseId) {
        return user.staffMemberId() != null && cases.staff(user.organisationId(), caseId).stream()
                .anyMatch(s -> user.staffMemberId().equals(s.staffId()));
    }
}
