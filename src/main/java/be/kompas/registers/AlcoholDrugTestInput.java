package be.kompas.registers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The result of one test as the tester records it.
 *
 * @param result {@code null} while the test is only drawn
 * @param values what the device read, free text (e.g. {@code 0.12 mg/l UAL}), may be blank
 * @param followUp only {@link TestFollowUp#NONE} unless the result is positive or refused
 */
public record AlcoholDrugTestInput(SubstanceKind substance, LocalDate testedOn, @Nullable TestResult result,
        String values, TestFollowUp followUp, String followUpNote) {
}
