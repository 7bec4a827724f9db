package be.kompas.policy;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the coordinator records about a vulnerable function. */
public record VulnerableFunctionChange(String functionName, Set<VulnerableArea> areas,
        Set<VulnerabilityCircumstance> circumstances, @Nullable Integer screeningMonths, boolean rotation,
        boolean fourEyes, String notes) {
}
