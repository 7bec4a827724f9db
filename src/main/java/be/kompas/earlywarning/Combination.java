package be.kompas.earlywarning;

/** How a rule joins its absolute threshold and its percentile: both must hold, or either suffices. */
public enum Combination {
    AND, OR
}
