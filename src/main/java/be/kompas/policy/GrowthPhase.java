package be.kompas.policy;

import java.util.Optional;

/** The growth phases of the Dutch integrity house (domain.md 2.2). */
public enum GrowthPhase {

    AD_HOC, ACTING_WITH_INTEGRITY, THINKING_WITH_INTEGRITY, CULTURALLY_EMBEDDED;

    /**
     * The phase a mean survey score (1 to 5) suggests. [derived] The sources give no rule; Kompas splits the upper part
     * of the Likert scale evenly and shows this rule where the suggestion appears: below 2.5 ad hoc, below 3.25 acting,
     * below 4 thinking, from 4 culturally embedded. The coordinator may place the year elsewhere.
     */
    public static Optional<GrowthPhase> suggestedBy(Optional<Double> mean) {
        return mean.map(value -> value < 2.5 ? AD_HOC
                : value < 3.25 ? ACTING_WITH_INTEGRITY : value < 4 ? THINKING_WITH_INTEGRITY : CULTURALLY_EMBEDDED);
    }

    public String labelKey() {
        return "policy.phase." + name();
    }
}
