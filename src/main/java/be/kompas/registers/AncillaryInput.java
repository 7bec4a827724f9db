package be.kompas.registers;

/**
 * An application for an ancillary activity.
 *
 * @param employer for whom the work is done
 * @param conflicts the applicant's own view of possible conflicts of interest
 */
public record AncillaryInput(String activity, String employer, int hoursPerMonth, boolean paid, String conflicts) {
}
