package be.kompas.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/**
 * A random selection of staff for testing, kept so that anyone can check it was random: the population (staff in
 * service, optionally in one unit and the units under it, ordered by personnel number) shuffled with {@code seed}
 * gives the selection again (see {@code RandomDraw}).
 *
 * @param unitName the unit drawn from, {@code null} for the whole organisation
 * @param population the staff members drawn from, in the order the draw shuffled them from
 * @param selected the first {@code selected.size()} of the shuffled population
 */
public record AlcoholDrugDraw(UUID id, Instant drawnAt, String drawnBy, @Nullable String unitName,
        SubstanceKind substance, LocalDate testOn, @Nullable Integer requestedCount,
        @Nullable Integer requestedPercent, long seed, List<StaffMemberId> population, List<StaffMemberId> selected) {
}
