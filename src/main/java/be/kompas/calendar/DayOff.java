package be.kompas.calendar;

import java.time.LocalDate;

/** A day the organisation does not work besides weekends and public holidays, e.g. a local feast day. */
public record DayOff(LocalDate date, String label) {
}
