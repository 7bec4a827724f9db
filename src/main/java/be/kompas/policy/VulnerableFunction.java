package be.kompas.policy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A function marked vulnerable, with what makes it so and what follows from it. It describes the function, not the
 * person.
 *
 * @param grossVulnerability the sum of the gross scores of the register's risks that name this function
 * @param netVulnerability the same with the control measures
 * @param screeningMonths how often holders are screened, when the coordinator set it
 * @param rotation whether holders rotate
 * @param fourEyes whether the function's sensitive acts need a second person
 */
public record VulnerableFunction(UUID id, String functionName, Set<VulnerableArea> areas,
        Set<VulnerabilityCircumstance> circumstances, @Nullable Integer screeningMonths, boolean rotation,
        boolean fourEyes, String notes, BigDecimal grossVulnerability, BigDecimal netVulnerability) {
}
