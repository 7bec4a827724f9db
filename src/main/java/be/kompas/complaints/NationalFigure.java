package be.kompas.complaints;

import org.jspecify.annotations.Nullable;

/**
 * Complaints of one zone with one fact code in a year.
 *
 * @param count {@code null} when below 5, so that small numbers cannot point to people
 */
public record NationalFigure(String zone, @Nullable String zoneNumber, String factCode, @Nullable Integer count) {

    public static final int SMALLEST_SHOWN = 5;
}
