package be.kompas.policy;

import java.util.List;

/**
 * A risk with its current assessment.
 *
 * @param gross the scores without the control measures
 * @param net the scores with the control measures linked to the risk
 */
public record RiskSummary(RiskId id, String title, RiskFamily family, List<String> functions, List<String> units,
        Scores gross, Scores net) {
}
