package be.kompas.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.InvalidInputException;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class StaffDirectoryIntegrationTests {

    @Autowired
    StaffDirectory directory;

    @Autowired
    Units units;

    @Autowired
    Organisations organisations;

    @Test
    void routesToTheFirstLineAndToTheSecondWhenTheFirstIsInvolved() {
        var demo = people().demo();
        var officer = people().person("Jonas Desmet");
        var manager = people().person("Luc Vermeulen");
        assertThat(directory.responsibleManager(demo, officer, Set.of())).contains(manager);
        var second = directory.responsibleManager(demo, officer, Set.of(manager)).orElseThrow();
        assertThat(second).isNotEqualTo(manager).isNotEqualTo(officer);
        assertThat(directory.responsibleManager(demo, officer, Set.of(manager, second))).isPresent()
                .get().isNotIn(manager, second);
    }

    @Test
    void transferKeepsTheHistory() {
        var demo = people().demo();
        var from = units.create(demo, null, "T-" + UUID.randomUUID().toString().substring(0, 8), "Transfer from",
                UnitKind.TEAM);
        var to = units.create(demo, from, "T-" + UUID.randomUUID().toString().substring(0, 8), "Transfer to",
                UnitKind.TEAM);
        var id = directory.create(demo, new NewStaffMember("TR-" + UUID.randomUUID(), "Verhaegen", "Ann",
                "inspecteur", from, null, EmploymentKind.TEMPORARY, null, null, null, LocalDate.of(2020, 1, 1)));

        directory.transfer(demo, id, new Transfer(to, null, "hoofdinspecteur", LocalDate.of(2023, 5, 1)));

        var member = directory.find(demo, id).orElseThrow();
        assertThat(member.unitId()).isEqualTo(to);
        assertThat(member.grade()).isEqualTo("hoofdinspecteur");
        assertThat(directory.membersOf(demo, from, true)).extracting(StaffMemberSummary::id).contains(id);
        assertThat(directory.membersOf(demo, from, false)).extracting(StaffMemberSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> directory.transfer(demo, id, new Transfer(from, null, "inspecteur",
                LocalDate.of(2023, 5, 1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAUnitOfAnotherOrganisation() {
        var otherUnit = units.tree(organisations.findByCode("demo2").orElseThrow().id()).get(0).unit().id();
        assertThatThrownBy(() -> directory.create(people().demo(), new NewStaffMember("X-" + UUID.randomUUID(), "Poot",
                "Bert", "inspecteur", otherUnit, null, EmploymentKind.PERMANENT, null, null, null,
                LocalDate.of(2020, 1, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("unit"));
    }

    private DemoPeople people() {
        return new DemoPeople(organisations, directory);
    }
}
