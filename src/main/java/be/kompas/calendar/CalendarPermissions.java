package be.kompas.calendar;

/** Permissions of the calendar module. */
public final class CalendarPermissions {

    /** Add and remove the organisation's own days off. */
    public static final String MANAGE = "calendar.manage";

    private CalendarPermissions() {
    }
}
