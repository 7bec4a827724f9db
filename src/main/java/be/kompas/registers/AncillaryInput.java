package be.kompas.registers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An application for an ancillary activity.
 *
 * @param employer for whom the work is done
 * @param conflicts the applicant's own view of possible conflicts of interest
 * @param startsOn the day the activity starts, if the applicant gives it; an application made on or after that day is
 *     late
 */
public record AncillaryInput(String activity, String employer, int hoursPerMonth, boolean paid, String conflicts,
        @Nullable LocalDate startsOn) {

    /** The same application for a renewal: it starts where the permission ends, or the day is unknown. */
    public AncillaryInput startingOn(@Nullable LocalDate day) {
        return new AncillaryInput(activity, employer, hoursPerMonth, paid, conflicts, day);
    }
}
