package be.kompas.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stretch of a career in one unit, function and grade.
 *
 * @param to the last day, or {@code null} for the current period
 */
public record EmploymentPeriod(UnitId unitId, String unitName, @Nullable JobFunctionId functionId,
        @Nullable String functionName, String grade, LocalDate from, @Nullable LocalDate to) {
}
