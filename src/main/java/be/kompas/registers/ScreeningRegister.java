package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;

/**
 * Screening records (domain.md 9.5). HR and the head of oversight ({@link RegisterPermissions#SCREENING_MANAGE}) plan
 * and record them and alone see outcomes; a staff member sees their own records without outcomes. Screening during
 * the career is off until the organisation switches it on.
 */
public interface ScreeningRegister extends Register<Screening> {

    /**
     * Plans a screening; a staff member may plan only their own (e.g. before moving into a vulnerable function).
     *
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    UUID schedule(KompasUser viewer, StaffMemberId staff, ScreeningKind kind, java.time.LocalDate dueOn);

    /** Records that a screening was done and its outcome. */
    void record(KompasUser viewer, UUID screening, java.time.LocalDate doneOn, ScreeningOutcome outcome,
            String note);

    /** Screenings due within three months or overdue, oldest first. */
    List<DueScreening> due(KompasUser viewer);
}
