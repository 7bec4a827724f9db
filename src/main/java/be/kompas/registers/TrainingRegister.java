package be.kompas.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * The training register (domain.md 8.2: the training plan O2, the courses O1-O9 and extra training H11): who followed
 * what and when, and who is due. A staff member records their own courses; {@link RegisterPermissions#TRAINING_MANAGE}
 * records anyone's, keeps the plan and reads the whole register.
 */
public interface TrainingRegister extends Register<TrainingRecord> {

    /** The organisation's courses, seeded with the actions of the Gent plan on first use. */
    List<TrainingCourse> courses(OrganisationId organisation);

    /** The job functions a course can be mandatory for, by name. */
    List<String> functionNames(OrganisationId organisation);

    /**
     * Adds a course or changes the one with that code.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code code}, {@code name}, {@code renewalMonths} or
     *     {@code mandatoryFunctions} (a function the organisation does not have)
     */
    void saveCourse(KompasUser manager, TrainingCourse course);

    /**
     * Records that a staff member followed a course.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code courseCode}, {@code completedOn} or
     *     {@code staffMemberId}
     */
    UUID record(KompasUser viewer, StaffMemberId staff, String courseCode, LocalDate completedOn, String note);

    /** Mandatory courses not followed, or due again within three months, oldest first. */
    List<TrainingDue> due(KompasUser manager);
}
