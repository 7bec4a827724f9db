package be.kompas.earlywarning;

/** The exposure a count is divided by; {@link #NONE} ranks raw counts. */
public enum Denominator {
    NONE, HOURS, INTERVENTIONS, ARRESTS
}
