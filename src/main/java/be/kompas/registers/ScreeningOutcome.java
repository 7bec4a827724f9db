package be.kompas.registers;

/** The result of a screening; failing the integrity minimum means out, whatever the other scores (NL intake). */
public enum ScreeningOutcome {
    FAVOURABLE, RESERVATIONS, UNFAVOURABLE
}
