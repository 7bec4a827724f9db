package be.kompas.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.investigations.Bureau;
import be.kompas.investigations.CaseManagement;
import be.kompas.investigations.InvestigationPermissions;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Outcome;
import be.kompas.investigations.Track;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.Units;
import be.kompas.tenancy.Organisation;

/**
 * A few investigation cases in several tracks: a whistleblower report waiting for triage, a line investigation, a
 * judicial investigation with an announced hearing, and a closed disciplinary case with a warning. The complaints the
 * demo routes to internal oversight open their own cases once the demo data is committed.
 */
@Component
class DemoInvestigations implements DemoStep {

    private final CaseManagement cases;
    private final StaffDirectory staff;
    private final Units units;

    DemoInvestigations(CaseManagement cases, StaffDirectory staff, Units units) {
        this.cases = cases;
        this.staff = staff;
        this.units = units;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void load(DemoContext context) {
        var demo = context.organisation("demo");
        var head = oversight(context, demo, "demo.ditlead");
        var teamA = member(demo, "INT-A", 0);
        var drugs = member(demo, "LRD-DRUGS", 0);
        var traffic = member(demo, "VER", 0);

        cases.open(head, Origin.WHISTLEBLOWER, Bureau.INTERNAL_OVERSIGHT,
                "Melding via het interne kanaal: vermoeden van verduistering van inbeslaggenomen goederen.", null,
                List.of(drugs.personnelNumber()), LocalDate.now().minusDays(3));

        UUID line = cases.open(head, Origin.DUTY_TO_ACT, Bureau.INTERNAL_OVERSIGHT,
                "Een collega meldt herhaald te laat komen en een grove opmerking tegen een burger.", null,
                List.of(teamA.personnelNumber()), null);
        cases.triage(head, line, "Herhaald te laat en een ongepaste opmerking aan het loket.", List.of("1.2"),
                List.of("RESOURCES_TIME", "WORKPLACE_CONDUCT"), "Eenvoudige zaak, een medewerker.", false, false, false,
                false);
        cases.chooseTrack(head, line, Track.LINE_INVESTIGATION, null);
        assign(head, line, context, "demo.manager");

        UUID judicial = cases.open(head, Origin.JUDICIAL_NOTIFICATION, Bureau.INTERNAL_OVERSIGHT,
                "Het parket meldt dat een personeelslid verdacht wordt in een drugsdossier.", "PARKET-GENT-2026-118",
                List.of(drugs.personnelNumber()), null);
        cases.triage(head, judicial, "Verdenking van bezit en doorverkoop van verdovende middelen.", List.of("5.3"),
                List.of("POWERS"), "Gerechtelijk onderzoek door Intern Toezicht.", true, true, true, true);
        cases.chooseTrack(head, judicial, Track.JUDICIAL_INVESTIGATION, null);
        assign(head, judicial, context, "demo.investigator");
        cases.measure(head, judicial, "SUSPENSION_INTEREST_OF_SERVICE", null, LocalDate.now().minusDays(3),
                LocalDate.now().plusMonths(4), "Preventieve schorsing in afwachting van het onderzoek.");

        UUID decided = cases.open(head, Origin.OWN_INITIATIVE, Bureau.DISCIPLINE,
                "Verkeersovertreding buiten dienst met het dienstvoertuig.", null, List.of(traffic.personnelNumber()),
                null);
        cases.triage(head, decided, "Snelheidsovertreding buiten dienst met een dienstvoertuig.", List.of("5.6"),
                List.of("RESOURCES_GOODS"), "Tuchtprocedure, lichte sanctie te overwegen.", false, false, false, false);
        cases.chooseTrack(head, decided, Track.DISCIPLINARY_PROCEDURE, null);
        assign(head, decided, context, "demo.discipline");
        var concerned = cases.concerned(head, decided).get(0);
        cases.announce(head, decided, concerned, LocalDate.now().minusDays(10), Locale.forLanguageTag("nl"));
        cases.hearing(head, decided, concerned, LocalDate.now().minusDays(10),
                "V: Reed u met het dienstvoertuig buiten dienst? A: Ja, om het naar de garage te brengen.",
                "Vakbondsafgevaardigde");
        cases.decide(head, decided, Outcome.LIGHT_SANCTION, "WARNING", "Waarschuwing: eerste feit, erkend.",
                "Een personeelslid reed buiten dienst te snel met een dienstvoertuig.", List.of("Dienstvoertuig"),
                List.of("Eerste feit", "Erkend"));
        cases.openDuties(head, decided).forEach(d -> cases.sent(head, decided, d, null));
        cases.close(head, decided);

        var demo2 = context.organisation("demo2");
        cases.open(oversight(context, demo2, "demo2.chief"), Origin.OWN_INITIATIVE, Bureau.INTERNAL_OVERSIGHT,
                "Contrôle proactif des consultations de la banque de données nationale.", null, List.of(), null);
    }

    private void assign(KompasUser head, UUID id, DemoContext context, String username) {
        cases.assign(head, id, context.userIds.get(username));
    }

    private StaffMemberSummary member(Organisation organisation, String unitCode, int index) {
        var unit = units.tree(organisation.id()).stream().filter(n -> n.unit().code().equals(unitCode)).findFirst()
                .orElseThrow().unit();
        return staff.membersOf(organisation.id(), unit.id(), false).stream().filter(m -> m.inService())
                .skip(index).findFirst().orElseThrow();
    }

    /** Head of oversight and competent authority at once, as the demo loader acts for both. */
    private static KompasUser oversight(DemoContext context, Organisation organisation, String username) {
        return new KompasUser(context.userIds.get(username), username, username, organisation.id(),
                organisation.code(), organisation.kind(), Set.of(Roles.HEAD_OF_OVERSIGHT, Roles.CHIEF_OF_POLICE),
                Set.of(InvestigationPermissions.OVERSEE, InvestigationPermissions.DECIDE),
                context.staffByUsername.get(username), organisation.locale());
    }
}
