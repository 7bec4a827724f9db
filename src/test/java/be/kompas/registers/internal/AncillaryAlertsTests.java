package be.kompas.registers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.people.EmploymentKind;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.UnitId;
import be.kompas.registers.AncillaryInput;

class AncillaryAlertsTests {

    private static StaffMemberSummary member(boolean vulnerable) {
        return new StaffMemberSummary(new StaffMemberId(UUID.randomUUID()), "1", "Peeters", "An", "inspecteur",
                new UnitId(UUID.randomUUID()), "LRD Drugs", "Drugsrechercheur", vulnerable, EmploymentKind.PERMANENT,
                true);
    }

    @Test
    void alertsWhenTheApplicantHoldsAVulnerableFunction() {
        var input = new AncillaryInput("Teaching", "Hogeschool", 4, true, "", null);
        assertThat(AncillaryService.alerts(member(true), input, List.of())).containsExactly("VULNERABLE_FUNCTION");
        assertThat(AncillaryService.alerts(member(false), input, List.of())).isEmpty();
    }

    @Test
    void alertsOnConflictKeywordsWhateverTheCase() {
        var input = new AncillaryInput("Doorman", "NACHTCLUB Fuse", 20, true, "none", null);
        assertThat(AncillaryService.alerts(member(false), input, List.of("nachtclub", "casino")))
                .containsExactly("KEYWORD:nachtclub");
    }
}
