package be.kompas.registers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import be.kompas.people.StaffMemberDetails;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;

/**
 * When a staff member is due for a screening: at entry always; during the career only where the organisation switched
 * it on, every interval after the last one (sooner where the inventory of vulnerable functions sets a shorter
 * frequency for the member's function) and on moving into a vulnerable function. A planned screening sets its own date.
 */
final class ScreeningRules {

    /** A screening that is due, before it is named. */
    record Due(ScreeningKind kind, LocalDate dueOn) {
    }

    private ScreeningRules() {
    }

    static List<Due> due(StaffMemberDetails member, List<Screening> screenings, RegisterSettings settings) {
        return due(member, screenings, settings, null);
    }

    /**
     * @param functionMonths how often the holders of the member's function are screened, as the policy module's
     *     inventory of vulnerable functions sets it (domain.md 7.2); when sooner than the organisation's interval, the
     *     periodic screening falls due that many months after the last one
     */
    static List<Due> due(StaffMemberDetails member, List<Screening> screenings, RegisterSettings settings,
            @Nullable Integer functionMonths) {
        var due = new ArrayList<Due>();
        screenings.stream().filter(s -> s.doneOn() == null).forEach(s -> due.add(new Due(s.kind(), s.dueOn())));
        var planned = screenings.stream().filter(s -> s.doneOn() == null).map(Screening::kind).toList();
        var done = screenings.stream().filter(s -> s.doneOn() != null).toList();
        if (done.stream().noneMatch(s -> s.kind() == ScreeningKind.ENTRY) && !planned.contains(ScreeningKind.ENTRY)) {
            due.add(new Due(ScreeningKind.ENTRY, member.entryDate()));
        }
        if (!settings.careerScreening()) {
            return due;
        }
        var last = done.stream().map(Screening::doneOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(member.entryDate());
        if (!planned.contains(ScreeningKind.PERIODIC)) {
            var periodic = last.plusYears(settings.screeningIntervalYears());
            if (functionMonths != null && last.plusMonths(functionMonths).isBefore(periodic)) {
                periodic = last.plusMonths(functionMonths);
            }
            due.add(new Due(ScreeningKind.PERIODIC, periodic));
        }
        var current = member.history().isEmpty() ? null : member.history().get(member.history().size() - 1);
        if (member.summary().vulnerableFunction() && current != null && last.isBefore(current.from())
                && !planned.contains(ScreeningKind.VULNERABLE_FUNCTION)) {
            due.add(new Due(ScreeningKind.VULNERABLE_FUNCTION, current.from()));
        }
        return due;
    }
}
