package be.kompas.caselaw;

import java.util.Optional;

/** The decision as the case-law database classifies it; the codes of {@link be.kompas.investigations.CaseDecided}. */
public enum Outcome {
    NO_BREACH, FILED_WITHOUT_FURTHER_ACTION, NON_DISCIPLINARY_MEASURE, LIGHT_SANCTION, HEAVY_SANCTION, REFERRED;

    public static Optional<Outcome> ofCode(String code) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
