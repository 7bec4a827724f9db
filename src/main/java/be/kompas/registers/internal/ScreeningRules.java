package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import be.kompas.people.EmploymentPeriod;
import be.kompas.people.StaffMemberDetails;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;

/**
 * When a staff member is due for a screening, from their employment history: at entry always; during the career only
 * where the organisation switched it on (domain.md 9.5: at regular intervals, at promotion and for specific
 * functions):
 * <ul>
 * <li>every interval after the last screening; for a vulnerable function whose inventory entry sets a shorter
 * interval ({@code screeningMonths}), that one;</li>
 * <li>on moving into a vulnerable function (the first day in it, after a period in another function);</li>
 * <li>on promotion (the first day of a period with another grade than the one before).</li>
 * </ul>
 * A screening done up to {@link #COVER_MONTHS} months before such a step covers it, so that one made before a move is
 * not asked again. A planned screening of a kind sets its own date.
 */
final class ScreeningRules {

    /** How long before a career step a screening still counts for it. */
    static final int COVER_MONTHS = 6;

    /** A screening that is due, before it is named. */
    record Due(ScreeningKind kind, LocalDate dueOn) {
    }

    /**
     * The vulnerable functions as the registers read them.
     *
     * @param names the functions marked vulnerable, in the policy inventory or by the people module
     * @param screeningMonths the inventory's screening interval of a function, where the coordinator set one
     */
    record Vulnerable(Set<String> names, Map<String, Integer> screeningMonths) {

        static final Vulnerable NONE = new Vulnerable(Set.of(), Map.of());

        boolean contains(@Nullable String function) {
            return function != null && names.contains(function);
        }
    }

    private ScreeningRules() {
    }

    static List<Due> due(StaffMemberDetails member, List<Screening> screenings, RegisterSettings settings,
            Vulnerable vulnerable) {
        var due = new ArrayList<Due>();
        screenings.stream().filter(s -> s.doneOn() == null).forEach(s -> due.add(new Due(s.kind(), s.dueOn())));
        var planned = screenings.stream().filter(s -> s.doneOn() == null).map(Screening::kind).toList();
        var doneOn = screenings.stream().map(Screening::doneOn).filter(Objects::nonNull).toList();
        boolean entryDone = screenings.stream().anyMatch(s -> s.doneOn() != null && s.kind() == ScreeningKind.ENTRY);
        if (!entryDone && !planned.contains(ScreeningKind.ENTRY)) {
            due.add(new Due(ScreeningKind.ENTRY, member.entryDate()));
        }
        if (!settings.careerScreening()) {
            return due;
        }
        var history = member.history();
        var current = history.isEmpty() ? null : history.get(history.size() - 1);
        var function = current == null ? member.summary().functionName() : current.functionName();
        var last = doneOn.stream().max(Comparator.naturalOrder()).orElse(member.entryDate());
        if (!planned.contains(ScreeningKind.PERIODIC)) {
            int months = settings.screeningIntervalYears() * 12;
            var shorter = vulnerable.contains(function) ? vulnerable.screeningMonths().get(function) : null;
            due.add(new Due(ScreeningKind.PERIODIC, last.plusMonths(shorter == null ? months
                    : Math.min(months, shorter))));
        }
        var movedIn = vulnerable.contains(function) ? movedInto(history) : null;
        if (movedIn != null && !covered(doneOn, movedIn) && !planned.contains(ScreeningKind.VULNERABLE_FUNCTION)) {
            due.add(new Due(ScreeningKind.VULNERABLE_FUNCTION, movedIn));
        }
        var promoted = promotedOn(history);
        if (promoted != null && !promoted.equals(movedIn) && !covered(doneOn, promoted)
                && !planned.contains(ScreeningKind.PROMOTION)) {
            due.add(new Due(ScreeningKind.PROMOTION, promoted));
        }
        return due;
    }

    /** The first day in the current function, if the member held another one before it; else {@code null}. */
    static @Nullable LocalDate movedInto(List<EmploymentPeriod> history) {
        if (history.isEmpty()) {
            return null;
        }
        var function = history.get(history.size() - 1).functionName();
        int first = history.size() - 1;
        while (first > 0 && Objects.equals(history.get(first - 1).functionName(), function)) {
            first--;
        }
        return first == 0 ? null : history.get(first).from();
    }

    /** The first day of the latest period with another grade than the period before, if any. */
    static @Nullable LocalDate promotedOn(List<EmploymentPeriod> history) {
        for (int i = history.size() - 1; i > 0; i--) {
            if (!history.get(i).grade().equals(history.get(i - 1).grade())) {
                return history.get(i).from();
            }
        }
        return null;
    }

    private static boolean covered(List<LocalDate> doneOn, LocalDate step) {
        var from = step.minusMonths(COVER_MONTHS);
        return doneOn.stream().anyMatch(d -> !d.isBefore(from));
    }
}
