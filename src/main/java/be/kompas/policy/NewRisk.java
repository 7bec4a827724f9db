package be.kompas.policy;

import java.util.List;

/** A risk to add to the register, with its first assessment. */
public record NewRisk(String title, String description, RiskFamily family, List<String> functions,
        List<String> units, Scores gross, Scores net) {
}
