package be.kompas.privacy;

import java.time.ZonedDateTime;

/** The unit a retention period is counted in; months and years follow the calendar, not a fixed number of days. */
public enum RetentionUnit {

    DAYS, MONTHS, YEARS;

    ZonedDateTime subtract(ZonedDateTime from, int amount) {
        return switch (this) {
            case DAYS -> from.minusDays(amount);
            case MONTHS -> from.minusMonths(amount);
            case YEARS -> from.minusYears(amount);
        };
    }
}
