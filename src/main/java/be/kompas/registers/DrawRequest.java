package be.kompas.registers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import be.kompas.people.UnitId;

/**
 * What to draw: a number of people or a percentage of the population (exactly one of them), from the whole
 * organisation or one unit and the units under it.
 */
public record DrawRequest(@Nullable Integer count, @Nullable Integer percent, @Nullable UnitId unit,
        SubstanceKind substance, LocalDate testOn) {
}
