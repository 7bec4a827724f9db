package be.kompas.policy;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An instrument, process or structure of the organisation's integrity framework, placed on the IMF (function and
 * pillar) and on the Dutch integrity house.
 *
 * @param pillar empty when not yet placed (the sources give no pillar for the IMF examples)
 * @param actions the actions of the action plan that build or improve it
 */
public record FrameworkElement(UUID id, String name, ImfFunction function, @Nullable ImfPillar pillar,
        @Nullable HouseElement houseElement, String owner, FrameworkState state, @Nullable SupportingModule module,
        String notes, List<PlanAction> actions) {

    public boolean ownerUnknown() {
        return owner.isBlank();
    }

    /** An element needs attention when it is missing, not assessed or has nobody to own it. */
    public boolean gap() {
        return !state.present() || ownerUnknown();
    }
}
