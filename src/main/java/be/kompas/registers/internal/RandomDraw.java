package be.kompas.registers.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * A draw that can be redone: the population in a fixed order, shuffled by {@link Random} with a recorded seed (its
 * algorithm is fixed by the Java specification), and the first {@code size} taken. Whoever has the seed and the
 * population gets the same selection.
 */
final class RandomDraw {

    private RandomDraw() {
    }

    static <T> List<T> select(List<T> population, long seed, int size) {
        var shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }

    /** How many a percentage of a population is, rounded up so that a small unit still gets one. */
    static int size(int population, @Nullable Integer count, @Nullable Integer percent) {
        if (count != null) {
            return Math.min(count, population);
        }
        return percent == null ? 0 : (int) Math.ceil(population * percent / 100.0);
    }
}
