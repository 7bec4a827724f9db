package be.kompas.policy;

import org.jspecify.annotations.Nullable;

/** What the coordinator sets on an element of the integrity framework. */
public record FrameworkElementChange(String name, ImfFunction function, @Nullable ImfPillar pillar,
        @Nullable HouseElement houseElement, String owner, FrameworkState state, @Nullable SupportingModule module,
        String notes) {
}
