package be.kompas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintInformationDuties;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.complaints.ComplaintPermissions;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.Contact;
import be.kompas.complaints.FactCode;
import be.kompas.complaints.NewComplaint;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisation;

/**
 * A year of complaints and compliments for {@code demo} (about sixty, across channels, fact codes and outcomes, some
 * still open and overdue) and a few for {@code demo2}, so that the inbox and the figures show something.
 */
@Component
class DemoComplaints implements DemoStep {

    /** A complaint's story: what, where, its fact code and how it ended. */
    private record Story(String text, String location, FactCode fact, Outcome outcome, Set<ComplaintTag> tags) {
    }

    private static final List<Story> STORIES_NL = List.of(
            new Story("De agent die mijn aangifte van fietsdiefstal opnam, was kortaf en zei dat het toch geen zin had.",
                    "Onthaal hoofdcommissariaat", FactCode.INSULTS, Outcome.UNFOUNDED,
                    Set.of(ComplaintTag.NORM_COMMUNICATION)),
            new Story("Bij een verkeerscontrole werd ik onheus bejegend en moest ik een half uur wachten zonder uitleg.",
                    "Kortrijksesteenweg", FactCode.ARBITRARY_ACTS, Outcome.WORD_AGAINST_WORD,
                    Set.of(ComplaintTag.THEME_WORD_AGAINST_WORD)),
            new Story("De interventieploeg kwam pas na twee uur toen ik inbrekers in de tuin van de buren meldde.",
                    "Wijk Brugse Poort", FactCode.FAILURE_TO_ASSIST, Outcome.PARTLY_FOUNDED,
                    Set.of(ComplaintTag.NORM_ACTIVE_SERVICE, ComplaintTag.NORM_HANDLING_TIME)),
            new Story("Bij mijn arrestatie werden de handboeien veel te strak aangespannen, mijn pols was gekneusd.",
                    "Station Sint-Pieters", FactCode.VIOLENCE, Outcome.ASSIGNED_TO_DIT, Set.of()),
            new Story("Ik kreeg een boete voor fout parkeren terwijl ik een geldige bewonerskaart had.",
                    "Overpoortstraat", FactCode.OTHER, Outcome.INADMISSIBLE,
                    Set.of(ComplaintTag.THEME_LETTER_VS_SPIRIT)),
            new Story("De wijkagent maakte een opmerking over mijn afkomst toen ik hem aansprak over geluidsoverlast.",
                    "Dampoortwijk", FactCode.RACISM, Outcome.FOUNDED, Set.of(ComplaintTag.NORM_CARE)),
            new Story("Mijn klacht over nachtlawaai van een café werd drie keer doorverwezen zonder dat iemand kwam.",
                    "Vlasmarkt", FactCode.FAILURE_TO_ASSIST, Outcome.FOUNDED,
                    Set.of(ComplaintTag.NORM_FOLLOW_UP, ComplaintTag.NORM_COMPLAINT_MANAGEMENT)),
            new Story("Ik kon mijn aangifte niet online doen en aan het onthaal zei men dat alles digitaal moest.",
                    "Onthaal hoofdcommissariaat", FactCode.OTHER, Outcome.PARTLY_FOUNDED,
                    Set.of(ComplaintTag.THEME_DIGITAL_ILLITERACY, ComplaintTag.NORM_FLEXIBILITY)),
            new Story("Een combi reed met hoge snelheid door de schoolstraat zonder sirene of zwaailicht.",
                    "Schoolstraat Sint-Amandsberg", FactCode.TRAFFIC_OFFENCES, Outcome.UNFOUNDED, Set.of()),
            new Story("Tijdens een betoging werd ik zonder reden opgepakt en zes uur vastgehouden.",
                    "Sint-Baafsplein", FactCode.DEPRIVATION_OF_LIBERTY, Outcome.NO_JUDGEMENT,
                    Set.of(ComplaintTag.THEME_FREE_SPEECH)),
            new Story("Agenten kwamen mijn woning binnen zonder huiszoekingsbevel en doorzochten mijn kamer.",
                    "Rabotwijk", FactCode.VIOLATION_OF_HOME, Outcome.UNFOUNDED, Set.of(ComplaintTag.NORM_REGULATIONS)),
            new Story("Bij het wegtakelen van mijn wagen werd de bumper beschadigd.",
                    "Coupure", FactCode.DAMAGE_TO_PROPERTY, Outcome.UNFOUNDED, Set.of()),
            new Story("Een agent plaatste een foto van mijn aanhouding op sociale media.",
                    "Zuidpark", FactCode.INVASION_OF_PRIVACY, Outcome.ASSIGNED_TO_DIT, Set.of()),
            new Story("De agent weigerde zijn naam en nummer te geven toen ik erom vroeg.",
                    "Korenmarkt", FactCode.ARBITRARY_ACTS, Outcome.UNFOUNDED,
                    Set.of(ComplaintTag.NORM_INFORMATION, ComplaintTag.NORM_REASONS)),
            new Story("Ik werd uitgescholden door een agent toen ik met de fiets over het voetpad reed.",
                    "Veldstraat", FactCode.INSULTS, Outcome.WORD_AGAINST_WORD,
                    Set.of(ComplaintTag.THEME_WORD_AGAINST_WORD)));

    private static final List<String> COMPLIMENTS_NL = List.of(
            "Hartelijk dank aan de agenten die mijn dementerende vader 's nachts terugvonden en thuisbrachten.",
            "De wijkagent heeft het burenconflict in onze straat met veel geduld opgelost. Bedankt!",
            "Bij het ongeval op de Ring werd ik rustig en vriendelijk geholpen, ook na afloop nog opgebeld.",
            "Dank aan de ploeg die mijn gestolen fiets binnen de week terugvond.",
            "Het onthaalpersoneel nam uitgebreid de tijd om mijn vragen over een verlies van identiteitskaart te beantwoorden.");

    private static final List<Channel> CHANNELS = List.of(Channel.ONLINE_FORM, Channel.EMAIL, Channel.ONLINE_FORM,
            Channel.LETTER, Channel.PHONE, Channel.ONLINE_FORM, Channel.DESK, Channel.COMITE_P, Channel.EMAIL,
            Channel.ONLINE_FORM, Channel.OMBUDSMAN, Channel.MAYOR, Channel.ONLINE_FORM, Channel.AIG, Channel.EMAIL,
            Channel.PROSECUTOR, Channel.LETTER, Channel.COC);

    private static final List<String> NAMES_NL = List.of("Marleen Verhaeghe", "Ahmed El Amrani", "Jan De Rycke",
            "Sofie Van Hove", "Patrick Goethals", "Fatma Yilmaz", "Dirk Vanderhaeghen", "Lotte Claeys");
    private static final int DEMO_ITEMS = 60;
    /** The last few complaints stay open; the oldest of them are past their deadlines. */
    private static final int OPEN = 8;

    private final ComplaintManagement complaints;
    private final ComplaintInformationDuties duties;
    private final StaffDirectory staff;
    private final Clock clock;

    DemoComplaints(ComplaintManagement complaints, ComplaintInformationDuties duties, StaffDirectory staff,
            Clock clock) {
        this.complaints = complaints;
        this.duties = duties;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        // A full year of figures: this year once it is well under way, else the previous one.
        int year = today.getDayOfYear() > 90 ? today.getYear() : today.getYear() - 1;
        LocalDate last = LocalDate.of(year, 12, 20).isBefore(today.minusDays(50)) ? LocalDate.of(year, 12, 20)
                : today.minusDays(50);
        loadDemo(context, LocalDate.of(year, 1, 3), last, today);
        loadDemo2(context, today);
    }

    private void loadDemo(DemoContext context, LocalDate first, LocalDate last, LocalDate today) {
        var organisation = context.organisation("demo");
        var coordinator = coordinator(context, organisation, "demo.customer", "Lies Van den Broeck");
        var pool = staff.search(organisation.id(), StaffQuery.all(), PageRequest.of(0, 60)).content().stream()
                .filter(StaffMemberSummary::inService).toList();
        long span = last.toEpochDay() - first.toEpochDay();
        int stories = 0;
        int compliments = 0;
        for (int i = 0; i < DEMO_ITEMS; i++) {
            ComplaintKind kind = kind(i);
            boolean open = kind == ComplaintKind.COMPLAINT && i >= DEMO_ITEMS - OPEN - 2;
            LocalDate received = open ? today.minusDays(3L + (DEMO_ITEMS - i) * 6L)
                    : first.plusDays(span * i / DEMO_ITEMS);
            Channel channel = kind == ComplaintKind.COMPLAINT ? CHANNELS.get(i % CHANNELS.size())
                    : Channel.ONLINE_FORM;
            String name = NAMES_NL.get(i % NAMES_NL.size());
            boolean anonymous = kind == ComplaintKind.COMPLAINT && i % 11 == 5;
            var contact = anonymous ? Contact.NONE : new Contact(name, email(name), i % 3 == 0 ? "0470 12 34 "
                    + String.format("%02d", i) : null, i % 4 == 0 ? "Veldstraat " + (i + 2) + ", 9000 Gent" : null);
            var member = pool.get((i * 7) % pool.size());
            String description;
            String location;
            Story story = null;
            if (kind == ComplaintKind.COMPLAINT) {
                story = STORIES_NL.get(stories++ % STORIES_NL.size());
                description = story.text();
                location = story.location();
            }
            else if (kind == ComplaintKind.COMPLIMENT) {
                description = COMPLIMENTS_NL.get(compliments++ % COMPLIMENTS_NL.size());
                location = "Gent";
            }
            else {
                description = switch (kind) {
                    case QUESTION -> "Hoe kan ik een kopie van het proces-verbaal van mijn verkeersongeval krijgen?";
                    case SUGGESTION -> "Zet op de website ook de openingsuren van de wijkkantoren tijdens de vakantie.";
                    default -> "Er wordt 's avonds vaak gedeald aan het speelpleintje achter de sporthal.";
                };
                location = "";
            }
            var id = complaints.register(coordinator, new NewComplaint(kind, channel, received, description,
                    received.minusDays(2), LocalTime.of(8 + i % 12, (i * 7) % 60), location,
                    kind == ComplaintKind.COMPLAINT || kind == ComplaintKind.COMPLIMENT
                            ? member.grade() + " " + member.surname() + ", " + member.unitName() : null,
                    contact, anonymous, Locale.forLanguageTag("nl")));
            handle(coordinator, id, kind, story, member.id(), received, open, i, today);
            inform(coordinator, id, i, today);
        }
        // The same citizen wrote again about the same incident: proposed as a duplicate, not merged.
        complaints.register(coordinator, new NewComplaint(ComplaintKind.COMPLAINT, Channel.EMAIL, today.minusDays(4),
                STORIES_NL.get(0).text() + " Ik heb nog steeds niets gehoord.", today.minusDays(9), null,
                STORIES_NL.get(0).location(), null, new Contact(NAMES_NL.get(0), email(NAMES_NL.get(0)), null, null),
                false, Locale.forLanguageTag("nl")));
    }

    /** Mostly complaints, about one in four a compliment, a few questions, suggestions and tips. */
    private static ComplaintKind kind(int i) {
        if (i % 4 == 1) {
            return ComplaintKind.COMPLIMENT;
        }
        return switch (i) {
            case 10 -> ComplaintKind.QUESTION;
            case 22 -> ComplaintKind.SUGGESTION;
            case 34 -> ComplaintKind.TIP;
            default -> ComplaintKind.COMPLAINT;
        };
    }

    private void handle(KompasUser coordinator, ComplaintId id, ComplaintKind kind, @Nullable Story story,
            StaffMemberId member, LocalDate received, boolean open, int i, LocalDate today) {
        if (open && i % 2 == 0) {
            // Left untouched: waiting for acknowledgement, and overdue once its deadline has passed.
            return;
        }
        complaints.acknowledge(coordinator, id);
        if (kind == ComplaintKind.COMPLIMENT) {
            complaints.involve(coordinator, id, member);
            complaints.forwardCompliment(coordinator, id);
        }
        if (story != null) {
            complaints.classify(coordinator, id, story.fact(), story.tags());
            complaints.involve(coordinator, id, member);
            complaints.route(coordinator, id, story.outcome() == Outcome.ASSIGNED_TO_DIT ? Route.OVERSIGHT
                    : Route.HEAD_OF_SERVICE, null);
        }
        if (open) {
            return;
        }
        Outcome outcome = story == null ? Outcome.HANDLED : story.outcome();
        LocalDate closed = received.plusDays(10L + (i * 13) % 40);
        complaints.close(coordinator, id, outcome, complaints.draftAnswer(coordinator, id, outcome),
                closed.isAfter(today) ? today : closed);
    }

    /**
     * Most information duties were fulfilled two days after they arose, with the drafted message; every fifth item's
     * are left open, so that the list of open and overdue duties has something to show.
     */
    private void inform(KompasUser coordinator, ComplaintId id, int i, LocalDate today) {
        if (i % 5 == 0) {
            return;
        }
        for (var duty : duties.duties(coordinator, id)) {
            var sentOn = duty.aroseOn().plusDays(2);
            if (!duty.sent() && !sentOn.isAfter(today)) {
                duties.markSent(coordinator, id, duty.id(), duties.draft(coordinator, id, duty.id(), null),
                        duties.recipientLanguage(coordinator, id, duty.id()), sentOn);
            }
        }
    }

    private void loadDemo2(DemoContext context, LocalDate today) {
        var organisation = context.organisation("demo2");
        var coordinator = coordinator(context, organisation, "demo2.chief", "Valérie Dupont");
        var items = List.of(
                "Le policier m'a parlé de manière très agressive lors d'un contrôle routier.",
                "Merci à l'équipe d'intervention pour son aide rapide lors de l'incendie de notre immeuble.",
                "Ma plainte pour tapage nocturne n'a jamais reçu de suite.");
        for (int i = 0; i < items.size(); i++) {
            var kind = i == 1 ? ComplaintKind.COMPLIMENT : ComplaintKind.COMPLAINT;
            var id = complaints.register(coordinator, new NewComplaint(kind, Channel.ONLINE_FORM,
                    today.minusDays(20L + i * 15), items.get(i), null, null, "Exempleville", null,
                    new Contact("Claire Dubois", "claire.dubois@example.be", null, null), false, Locale.FRENCH));
            complaints.acknowledge(coordinator, id);
            if (i == 0) {
                complaints.classify(coordinator, id, FactCode.INSULTS, Set.of());
                complaints.close(coordinator, id, Outcome.UNFOUNDED, complaints.draftAnswer(coordinator, id,
                        Outcome.UNFOUNDED), today.minusDays(5));
            }
        }
    }

    /** The handling user of the demo steps; demo2 has no customer coordinator account, so its chief stands in. */
    private static KompasUser coordinator(DemoContext context, Organisation organisation, String username,
            String displayName) {
        UUID staffId = context.staffByUsername.get(username);
        return new KompasUser(context.userIds.get(username), username, displayName, organisation.id(),
                organisation.code(), organisation.kind(), Set.of(Roles.CUSTOMER_COORDINATOR),
                Set.of(ComplaintPermissions.HANDLE), staffId, organisation.locale());
    }

    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.be";
    }
}
