package be.kompas.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.KompasIntegrationTest;
import be.kompas.people.EmploymentKind;
import be.kompas.people.NewStaffMember;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberChange;
import be.kompas.people.StaffMemberId;
import be.kompas.people.Units;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class StaffPersonalDataIntegrationTests {

    @Autowired
    StaffPersonalData holder;

    @Autowired
    StaffDirectory directory;

    @Autowired
    StaffRepository repository;

    @Autowired
    Units units;

    @Autowired
    Organisations organisations;

    @Test
    void anonymisesFormerStaffPastTheCutOffOnly() {
        var demo = demo();
        String surname = "Leaver" + UUID.randomUUID().toString().substring(0, 6);
        var longGone = leaver(demo, surname, LocalDate.of(1998, 12, 31));
        var recent = leaver(demo, surname, LocalDate.of(2005, 6, 30));
        assertThat(holder.findAbout(demo, "Ann " + surname)).hasSize(2);

        int purged = holder.purge(demo, StaffPersonalData.STAFF_RECORD, Instant.parse("2000-01-01T00:00:00Z"));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        var anonymised = directory.find(demo, longGone).orElseThrow();
        assertThat(anonymised.surname()).isNotEqualTo(surname);
        assertThat(anonymised.personnelNumber()).startsWith("ANON-");
        assertThat(repository.history(demo, longGone)).hasSize(1);
        assertThat(directory.find(demo, recent).orElseThrow().surname()).isEqualTo(surname);
        assertThat(holder.findAbout(demo, "Ann " + surname)).extracting(r -> r.recordId())
                .containsExactly(recent.toString());
    }

    @Test
    void purgesNothingOfAnotherType() {
        assertThat(holder.purge(demo(), "people.something-else", Instant.now())).isZero();
    }

    private StaffMemberId leaver(OrganisationId organisation, String surname, LocalDate exit) {
        var unit = units.tree(organisation).get(0).unit().id();
        var id = directory.create(organisation, new NewStaffMember("L" + UUID.randomUUID().toString()
                .substring(0, 8), surname, "Ann", "inspecteur", unit, null, EmploymentKind.TEMPORARY, null, null,
                null, LocalDate.of(1990, 1, 1)));
        directory.change(organisation, id, new StaffMemberChange(surname, "Ann", EmploymentKind.TEMPORARY, null,
                null, null, exit));
        return id;
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
