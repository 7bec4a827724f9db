package be.kompas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import be.kompas.caselaw.CaseLaw;
import be.kompas.caselaw.CaseLawInput;
import be.kompas.caselaw.CaseLawPermissions;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.investigations.CaseClosed;
import be.kompas.investigations.CaseDecided;
import be.kompas.investigations.CaseOpened;
import be.kompas.investigations.Track;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisation;

/**
 * Published case law for {@code demo} (older decisions entered by the head of internal oversight) and one draft
 * taken in from a decided case; aftercare for three cases in {@code demo} (one running, two closed) and one in
 * {@code demo2}. The case events are published here as the investigations module would, after the demo data commits.
 */
@Component
class DemoCaseLaw implements DemoStep {

    private final CaseLaw caseLaw;
    private final ApplicationEventPublisher events;
    private final StaffDirectory directory;
    private final Clock clock;

    DemoCaseLaw(CaseLaw caseLaw, ApplicationEventPublisher events, StaffDirectory directory, Clock clock) {
        this.caseLaw = caseLaw;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void load(DemoContext context) {
        var today = LocalDate.now(clock);
        int year = today.getYear();
        var demo = context.organisation("demo");
        var head = keeper(context, "demo.ditlead", demo);
        enter(head, "Een inspecteur raadpleegde buiten elke opdracht de politionele databanken over de nieuwe partner"
                + " van een familielid en gaf de gegevens door.", List.of("3.9", "3.12"), List.of("INFORMATION"),
                List.of("Gegevens doorgegeven aan derden"), List.of("Bekende feiten, meteen toegegeven"),
                Track.DISCIPLINARY_PROCEDURE, "LIGHT_SANCTION", "REPRIMAND", year - 1);
        enter(head, "Een hoofdinspecteur raadpleegde herhaaldelijk de databanken over een buurman met wie een"
                + " burenruzie liep.", List.of("3.9"), List.of("INFORMATION", "POWERS"),
                List.of("Herhaald over maanden", "Leidinggevende functie"), List.of(), Track.DISCIPLINARY_PROCEDURE,
                "HEAVY_SANCTION", "SALARY_DEDUCTION", year - 1);
        enter(head, "Een agent zocht eenmalig de nummerplaat op van een wagen die verkeerd geparkeerd stond voor de"
                + " eigen woning.", List.of("3.9"), List.of("INFORMATION"), List.of(),
                List.of("Eenmalig", "Geen gegevens doorgegeven"), Track.LINE_CONVERSATION,
                "NON_DISCIPLINARY_MEASURE", "WORK_NOTE", year - 2);
        enter(head, "Een inspecteur nam in beslag genomen goederen van geringe waarde mee naar huis.", List.of("3.2"),
                List.of("GOODS"), List.of("Misbruik van vertrouwen"), List.of("Goederen spontaan teruggebracht"),
                Track.DISCIPLINARY_PROCEDURE, "HEAVY_SANCTION", "DISCIPLINARY_SUSPENSION", year - 2);
        enter(head, "Een agent beledigde een burger tijdens een verkeerscontrole.", List.of("1.2"),
                List.of("WORKPLACE_CONDUCT"), List.of(), List.of("Excuses aangeboden"), Track.LINE_CONVERSATION,
                "NON_DISCIPLINARY_MEASURE", "RESTORATIVE_TALK", year - 1);
        enter(head, "Een inspecteur aanvaardde herhaaldelijk gratis maaltijden van een horecazaak in de wijk.",
                List.of("4.3"), List.of("RELATIONS"), List.of("Herhaald"), List.of(), Track.DISCIPLINARY_PROCEDURE,
                "LIGHT_SANCTION", "WARNING", year - 3);
        enter(head, "Een klacht over geweld bij een arrestatie; de camerabeelden toonden een rechtmatig en"
                + " proportioneel optreden.", List.of("2.5"), List.of("POWERS"), List.of(), List.of(),
                Track.ADMINISTRATIVE_INVESTIGATION, "NO_BREACH", null, year - 1);
        UUID sanctioned = UUID.randomUUID();
        events.publishEvent(new CaseDecided(demo.id(), sanctioned, "DEMO-DIT-" + year + "-0002",
                Track.DISCIPLINARY_PROCEDURE, List.of("3.9"), List.of("INFORMATION"),
                "Een inspecteur raadpleegde de databanken over een ex-partner en haar nieuwe werkgever.",
                List.of("Na een eerdere werknota"), List.of(), "LIGHT_SANCTION", "REPRIMAND", today.minusDays(30)));

        var officer = context.staffByUsername.get("demo.officer");
        var others = directory.search(demo.id(), StaffQuery.all(), PageRequest.of(0, 40)).content().stream()
                .filter(s -> s.inService()).map(s -> s.id().value())
                .filter(id -> !context.staffByUsername.containsValue(id)).limit(2).toList();
        events.publishEvent(new CaseOpened(demo.id(), sanctioned, "DEMO-DIT-" + year + "-0002", List.of(officer),
                today.minusDays(90)));
        events.publishEvent(new CaseClosed(demo.id(), sanctioned, "DEMO-DIT-" + year + "-0002",
                Track.DISCIPLINARY_PROCEDURE, List.of(officer), true, "REPRIMAND", true, today.minusDays(21)));
        UUID cleared = UUID.randomUUID();
        events.publishEvent(new CaseOpened(demo.id(), cleared, "DEMO-DIT-" + year + "-0004", others.subList(0, 1),
                today.minusDays(60)));
        events.publishEvent(new CaseClosed(demo.id(), cleared, "DEMO-DIT-" + year + "-0004",
                Track.ADMINISTRATIVE_INVESTIGATION, others.subList(0, 1), false, null, false, today.minusDays(3)));
        events.publishEvent(new CaseOpened(demo.id(), UUID.randomUUID(), "DEMO-DIT-" + year + "-0007",
                others.subList(1, 2), today.minusDays(5)));

        var demo2 = context.organisation("demo2");
        enter(keeper(context, "demo2.chief", demo2), "Un inspecteur a consulté les banques de données sur un voisin.",
                List.of("3.9"), List.of("INFORMATION"), List.of(), List.of(), Track.DISCIPLINARY_PROCEDURE,
                "LIGHT_SANCTION", "WARNING", year - 1);
        events.publishEvent(new CaseOpened(demo2.id(), UUID.randomUUID(), "DEMO2-DIT-" + year + "-0001",
                List.of(context.staffByUsername.get("demo2.officer")), today.minusDays(4)));
    }

    private void enter(KompasUser keeper, String facts, List<String> codes, List<String> families,
            List<String> aggravating, List<String> mitigating, Track track, String outcome, @Nullable String sanction,
            int year) {
        UUID id = caseLaw.enter(keeper, new CaseLawInput(facts, codes, families, aggravating, mitigating, track.name(),
                outcome, sanction, year, null));
        caseLaw.publish(keeper, id);
    }

    /** The head of internal oversight as the case-law database sees them; nobody is signed in while demo data loads. */
    private static KompasUser keeper(DemoContext context, String username, Organisation organisation) {
        var id = context.userIds.getOrDefault(username, UUID.randomUUID());
        return new KompasUser(id, username, username, organisation.id(), organisation.code(), organisation.kind(),
                Set.of(), Set.of(CaseLawPermissions.READ, CaseLawPermissions.MANAGE),
                context.staffByUsername.get(username), organisation.locale());
    }
}
