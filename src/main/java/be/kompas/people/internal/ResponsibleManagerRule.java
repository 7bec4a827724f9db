package be.kompas.people.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberId;

/**
 * The line-manager rule of domain.md 1.2: the first line is the first contact point; if involved, the second line
 * takes over. Beyond the second line Kompas falls back on the unit heads above the member [derived].
 */
final class ResponsibleManagerRule {

    private ResponsibleManagerRule() {
    }

    /**
     * @param candidates in order of precedence: first line, second line, then the unit heads nearest first; absent
     *     managers are {@code null}
     * @param available whether a candidate can act (still in service)
     */
    static Optional<StaffMemberId> pick(StaffMemberId staff, List<@Nullable StaffMemberId> candidates,
            Set<StaffMemberId> involved, Predicate<StaffMemberId> available) {
        return candidates.stream().filter(Objects::nonNull).map(Objects::requireNonNull)
                .filter(candidate -> !candidate.equals(staff) && !involved.contains(candidate))
                .filter(available).findFirst();
    }
}
