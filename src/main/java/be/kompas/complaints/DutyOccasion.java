package be.kompas.complaints;

/**
 * The step of a complaint that gives rise to an information duty.
 * <ul>
 * <li>{@link #RECEIVED}: Comité P and the AIG learn of the complaint, unless it came from them;</li>
 * <li>{@link #ROUTED}: under CP3 the services concerned (who investigate first) and the colleagues involved learn of
 * it; a complaint routed to internal oversight is not announced here, the investigation informs in its own time;</li>
 * <li>{@link #CLOSED}: Comité P and the AIG, the services concerned and the colleagues involved learn the outcome
 * (only the control bodies when the complaint went to internal oversight).</li>
 * </ul>
 */
public enum DutyOccasion {
    RECEIVED, ROUTED, CLOSED;
}
