package be.kompas.policy;

import java.util.List;

/** A risk with its history (newest first), control measures and linked actions of the action plan. */
public record RiskDetails(RiskSummary summary, String description, List<RiskAssessment> history,
        List<ControlMeasure> measures, List<PlanAction> actions) {
}
