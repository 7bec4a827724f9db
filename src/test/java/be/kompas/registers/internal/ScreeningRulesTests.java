package be.kompas.registers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.people.EmploymentKind;
import be.kompas.people.EmploymentPeriod;
import be.kompas.people.StaffMemberDetails;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.UnitId;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.Screening;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningOutcome;

class ScreeningRulesTests {

    private static final StaffMemberId ID = new StaffMemberId(UUID.randomUUID());
    private static final UnitId UNIT = new UnitId(UUID.randomUUID());

    private static StaffMemberDetails member(boolean vulnerable) {
        var summary = new StaffMemberSummary(ID, "7", "Smets", "Els", "inspecteur", UNIT, "LRD Drugs", "Drugs",
                vulnerable, EmploymentKind.PERMANENT, true);
        return new StaffMemberDetails(summary, null, null, LocalDate.of(2010, 3, 1), null, null, null, List.of(
                new EmploymentPeriod(UNIT, "Interventie", null, null, "inspecteur", LocalDate.of(2010, 3, 1),
                        LocalDate.of(2023, 12, 31)),
                new EmploymentPeriod(UNIT, "LRD Drugs", null, "Drugs", "inspecteur", LocalDate.of(2024, 1, 1),
                        null)));
    }

    private static RegisterSettings settings(boolean career) {
        return new RegisterSettings(BigDecimal.TEN, List.of(), List.of(), true, 3, career, 5, false);
    }

    private static Screening done(ScreeningKind kind, LocalDate on) {
        return new Screening(UUID.randomUUID(), ID, "", kind, on, on, ScreeningOutcome.FAVOURABLE, "", Instant.EPOCH);
    }

    private static final ScreeningRules.Vulnerable DRUGS = new ScreeningRules.Vulnerable(Set.of("Drugs"), Map.of());

    private static List<ScreeningRules.Due> due(boolean vulnerable, List<Screening> screenings, boolean career) {
        return ScreeningRules.due(member(vulnerable), screenings, settings(career),
                vulnerable ? DRUGS : ScreeningRules.Vulnerable.NONE);
    }

    private static StaffMemberDetails career(EmploymentPeriod... periods) {
        var summary = new StaffMemberSummary(ID, "8", "Peeters", "An", "inspecteur", UNIT, "LRD Drugs", "Drugs",
                true, EmploymentKind.PERMANENT, true);
        return new StaffMemberDetails(summary, null, null, periods[0].from(), null, null, null, List.of(periods));
    }

    private static EmploymentPeriod period(String function, String grade, LocalDate from) {
        return new EmploymentPeriod(UNIT, "Unit", null, function, grade, from, null);
    }

    @Test
    void asksOnlyForTheEntryScreeningWhileCareerScreeningIsOff() {
        assertThat(due(true, List.of(), false))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.ENTRY, LocalDate.of(2010, 3, 1)));
        assertThat(due(true, List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1))), false)).isEmpty();
    }

    @Test
    void theInventorysShorterIntervalAppliesToHoldersOfAVulnerableFunction() {
        var inventory = new ScreeningRules.Vulnerable(Set.of("Drugs"), Map.of("Drugs", 24));
        assertThat(ScreeningRules.due(member(true), List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1)),
                done(ScreeningKind.VULNERABLE_FUNCTION, LocalDate.of(2024, 2, 1))), settings(true), inventory))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.PERIODIC, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void aMoveIntoAVulnerableFunctionCountsOnlyFromAnotherFunctionAndARecentScreeningCoversIt() {
        var entry = done(ScreeningKind.ENTRY, LocalDate.of(2015, 1, 1));
        var stayed = career(period("Drugs", "inspecteur", LocalDate.of(2015, 1, 1)),
                period("Drugs", "inspecteur", LocalDate.of(2022, 6, 1)));
        assertThat(ScreeningRules.due(stayed, List.of(entry), settings(true), DRUGS)).extracting(
                ScreeningRules.Due::kind).containsExactly(ScreeningKind.PERIODIC);
        var moved = career(period("Wijk", "inspecteur", LocalDate.of(2015, 1, 1)),
                period("Drugs", "inspecteur", LocalDate.of(2022, 6, 1)),
                period("Drugs", "inspecteur", LocalDate.of(2024, 6, 1)));
        assertThat(ScreeningRules.due(moved, List.of(entry), settings(true), DRUGS))
                .contains(new ScreeningRules.Due(ScreeningKind.VULNERABLE_FUNCTION, LocalDate.of(2022, 6, 1)));
        assertThat(ScreeningRules.due(moved, List.of(entry, done(ScreeningKind.VULNERABLE_FUNCTION,
                LocalDate.of(2022, 3, 1))), settings(true), DRUGS)).extracting(ScreeningRules.Due::kind)
                .containsExactly(ScreeningKind.PERIODIC);
    }

    @Test
    void aPromotionIsACareerStep() {
        var promoted = career(period("Wijk", "inspecteur", LocalDate.of(2015, 1, 1)),
                period("Wijk", "hoofdinspecteur", LocalDate.of(2025, 9, 1)));
        assertThat(ScreeningRules.due(promoted, List.of(done(ScreeningKind.ENTRY, LocalDate.of(2015, 1, 1))),
                settings(true), ScreeningRules.Vulnerable.NONE))
                .contains(new ScreeningRules.Due(ScreeningKind.PROMOTION, LocalDate.of(2025, 9, 1)));
        assertThat(ScreeningRules.due(promoted, List.of(done(ScreeningKind.ENTRY, LocalDate.of(2015, 1, 1))),
                settings(false), ScreeningRules.Vulnerable.NONE)).isEmpty();
    }

    @Test
    void addsIntervalAndVulnerableFunctionScreeningsWhenSwitchedOn() {
        var due = due(true, List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1)),
                done(ScreeningKind.PERIODIC, LocalDate.of(2020, 5, 1))), true);
        assertThat(due).containsExactlyInAnyOrder(
                new ScreeningRules.Due(ScreeningKind.PERIODIC, LocalDate.of(2025, 5, 1)),
                new ScreeningRules.Due(ScreeningKind.VULNERABLE_FUNCTION, LocalDate.of(2024, 1, 1)));
        assertThat(due(false, List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1))), true))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.PERIODIC,
                        LocalDate.of(2015, 2, 1)));
    }
}
