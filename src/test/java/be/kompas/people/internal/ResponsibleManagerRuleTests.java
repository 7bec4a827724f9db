package be.kompas.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.people.StaffMemberId;

class ResponsibleManagerRuleTests {

    private final StaffMemberId staff = id();
    private final StaffMemberId first = id();
    private final StaffMemberId second = id();
    private final StaffMemberId unitHead = id();
    private final StaffMemberId corpsHead = id();

    @Test
    void picksTheFirstLineManager() {
        assertThat(pick(Set.of(), first, second, unitHead)).contains(first);
    }

    @Test
    void handsOverToTheSecondLineWhenTheFirstIsInvolved() {
        assertThat(pick(Set.of(first), first, second, unitHead)).contains(second);
    }

    @Test
    void handsOverToTheSecondLineWhenThereIsNoFirst() {
        assertThat(pick(Set.of(), null, second, unitHead)).contains(second);
    }

    @Test
    void fallsBackOnTheUnitHeadsWhenBothLinesAreInvolved() {
        assertThat(pick(Set.of(first, second), first, second, unitHead, corpsHead)).contains(unitHead);
        assertThat(pick(Set.of(first, second, unitHead), first, second, unitHead, corpsHead)).contains(corpsHead);
    }

    @Test
    void skipsManagersWhoLeftService() {
        assertThat(ResponsibleManagerRule.pick(staff, Arrays.asList(first, second), Set.of(),
                candidate -> !candidate.equals(first))).contains(second);
    }

    @Test
    void neverPicksTheStaffMemberThemself() {
        // A unit head's own unit is the first in the chain of heads.
        assertThat(pick(Set.of(), null, null, staff, corpsHead)).contains(corpsHead);
    }

    @Test
    void answersEmptyWhenEveryoneIsInvolved() {
        assertThat(pick(Set.of(first, second, unitHead), first, second, unitHead)).isEmpty();
    }

    private java.util.Optional<StaffMemberId> pick(Set<StaffMemberId> involved, StaffMemberId... candidates) {
        return ResponsibleManagerRule.pick(staff, Arrays.asList(candidates), involved, candidate -> true);
    }

    private static StaffMemberId id() {
        return new StaffMemberId(UUID.randomUUID());
    }
}
