package be.kompas.policy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A yearly risk-analysis session: when, who took part, which sources were looked at. */
public record RiskSession(UUID id, LocalDate heldOn, String participants, Set<RiskSource> sources, String notes) {
}
