package be.kompas.calendar;

import java.time.LocalDate;
import java.util.List;

import be.kompas.tenancy.OrganisationId;

/** Working days per organisation, for deadlines; see {@link WorkingCalendar} for the counting rules. */
public interface WorkingDays {

    WorkingCalendar calendar(OrganisationId organisation);

    default boolean isWorkingDay(OrganisationId organisation, LocalDate date) {
        return calendar(organisation).isWorkingDay(date);
    }

    default LocalDate addWorkingDays(OrganisationId organisation, LocalDate date, int n) {
        return calendar(organisation).addWorkingDays(date, n);
    }

    default int workingDaysBetween(OrganisationId organisation, LocalDate from, LocalDate to) {
        return calendar(organisation).workingDaysBetween(from, to);
    }

    /** The organisation's own days off, in date order. */
    List<DayOff> daysOff(OrganisationId organisation);

    /**
     * @throws be.kompas.core.InvalidInputException naming {@code date} when it is already no working day, or
     *     {@code label} when blank
     */
    void addDayOff(OrganisationId organisation, DayOff day);

    void removeDayOff(OrganisationId organisation, LocalDate date);
}
