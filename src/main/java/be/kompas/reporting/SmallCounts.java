package be.kompas.reporting;

import org.jspecify.annotations.Nullable;

/** Domain.md 13.10: figures shown to the AIG or outside the owning team hide counts from 1 to 4. */
public final class SmallCounts {

    public static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    public static @Nullable Long hide(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? null : count;
    }

    public static @Nullable Long hide(@Nullable Number count) {
        return count == null ? null : hide(count.longValue());
    }
}
