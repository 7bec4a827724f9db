package be.kompas.registers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        return new RegisterSettings(BigDecimal.TEN, List.of(), List.of(), true, 3, career, 5);
    }

    private static Screening done(ScreeningKind kind, LocalDate on) {
        return new Screening(UUID.randomUUID(), ID, "", kind, on, on, ScreeningOutcome.FAVOURABLE, "", Instant.EPOCH);
    }

    @Test
    void asksOnlyForTheEntryScreeningWhileCareerScreeningIsOff() {
        assertThat(ScreeningRules.due(member(true), List.of(), settings(false)))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.ENTRY, LocalDate.of(2010, 3, 1)));
        assertThat(ScreeningRules.due(member(true), List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1))),
                settings(false))).isEmpty();
    }

    @Test
    void addsIntervalAndVulnerableFunctionScreeningsWhenSwitchedOn() {
        var due = ScreeningRules.due(member(true), List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1)),
                done(ScreeningKind.PERIODIC, LocalDate.of(2020, 5, 1))), settings(true));
        assertThat(due).containsExactlyInAnyOrder(
                new ScreeningRules.Due(ScreeningKind.PERIODIC, LocalDate.of(2025, 5, 1)),
                new ScreeningRules.Due(ScreeningKind.VULNERABLE_FUNCTION, LocalDate.of(2024, 1, 1)));
        assertThat(ScreeningRules.due(member(false), List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1))),
                settings(true))).containsExactly(new ScreeningRules.Due(ScreeningKind.PERIODIC,
                        LocalDate.of(2015, 2, 1)));
    }

    /** The inventory of vulnerable functions screens the Drugs function every 24 months, sooner than every 5 years. */
    @Test
    void screensTheHoldersOfAVulnerableFunctionAsOftenAsTheInventorySays() {
        var screenings = List.of(done(ScreeningKind.ENTRY, LocalDate.of(2010, 2, 1)),
                done(ScreeningKind.VULNERABLE_FUNCTION, LocalDate.of(2024, 2, 1)));
        assertThat(ScreeningRules.due(member(true), screenings, settings(true), 24))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.PERIODIC, LocalDate.of(2026, 2, 1)));
        assertThat(ScreeningRules.due(member(true), screenings, settings(true), 120))
                .containsExactly(new ScreeningRules.Due(ScreeningKind.PERIODIC, LocalDate.of(2029, 2, 1)));
        assertThat(ScreeningRules.due(member(true), screenings, settings(false), 24)).isEmpty();
    }
}
