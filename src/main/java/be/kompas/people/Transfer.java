package be.kompas.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A move to another unit, function or grade from a given day: the current period ends the day before. */
public record Transfer(UnitId unit, @Nullable JobFunctionId function, String grade, LocalDate from) {
}
