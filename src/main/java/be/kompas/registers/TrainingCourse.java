package be.kompas.registers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A course of the integrity training plan (domain.md 8.2, action O2: which training is mandatory per function).
 *
 * @param code the action-plan code (O1-O9, H11) or the organisation's own
 * @param dilemma a dilemma training (O3, the serious game of police dilemmas; O9, the conversation poster)
 * @param mandatoryAll mandatory for every staff member
 * @param mandatoryFunctions the job functions (as the people module names them) for which it is mandatory
 * @param renewalMonths months after which it must be followed again, {@code null} for once
 */
public record TrainingCourse(String code, String name, boolean dilemma, boolean mandatoryAll,
        List<String> mandatoryFunctions, @Nullable Integer renewalMonths, boolean active) {

    public boolean mandatoryFor(@Nullable String functionName) {
        return active && (mandatoryAll || functionName != null && mandatoryFunctions.contains(functionName));
    }
}
