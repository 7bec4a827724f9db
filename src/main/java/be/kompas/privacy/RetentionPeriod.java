package be.kompas.privacy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How long records of one type are kept, e.g. 5 years.
 *
 * @param amount a positive number of units
 */
public record RetentionPeriod(int amount, RetentionUnit unit) {

    public RetentionPeriod {
        if (amount <= 0) {
            throw new IllegalArgumentException("A retention period must be positive, not " + amount);
        }
    }

    /** The moment before which records have outlived the period, counted back from {@code now} in {@code zone}. */
    public Instant cutOff(Instant now, ZoneId zone) {
        return unit.subtract(now.atZone(zone), amount).toInstant();
    }
}
