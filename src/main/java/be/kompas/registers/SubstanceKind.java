package be.kompas.registers;

/** What a random test looks for: alcohol (a breath test) or drugs (a saliva or urine test). */
public enum SubstanceKind {
    ALCOHOL, DRUGS
}
