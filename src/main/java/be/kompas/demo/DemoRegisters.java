package be.kompas.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.registers.AncillaryInput;
import be.kompas.registers.AncillaryRegister;
import be.kompas.registers.ForceAnalysis;
import be.kompas.registers.ForceRegister;
import be.kompas.registers.ForceReportInput;
import be.kompas.registers.GiftInput;
import be.kompas.registers.GiftKind;
import be.kompas.registers.GiftRegister;
import be.kompas.registers.IncidentType;
import be.kompas.registers.LegalFollowUp;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.RegisterSettingsManagement;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningOutcome;
import be.kompas.registers.ScreeningRegister;
import be.kompas.registers.ViolenceRegister;
import be.kompas.registers.ViolenceReportInput;
import be.kompas.registers.ViolenceType;
import be.kompas.tenancy.Organisation;

/**
 * A year of register entries for {@code demo} (enough for statistics and trends, some reviewed, some waiting) and a
 * few for {@code demo2}. Reviews are made as the people who would make them, built here as users, since nobody is
 * signed in while demo data loads.
 */
@Component
class DemoRegisters implements DemoStep {

    private static final List<String> PLACES_NL = List.of("Korenmarkt", "Vrijdagmarkt", "Overpoort",
            "Sint-Pietersstation", "Dampoort", "Zuid", "Brugse Poort", "Watersportbaan", "Gravensteen");
    private static final List<String> PLACES_FR = List.of("Place du Marché", "Gare centrale", "Rue Haute");

    private final ForceRegister force;
    private final ViolenceRegister violence;
    private final GiftRegister gifts;
    private final AncillaryRegister ancillary;
    private final ScreeningRegister screenings;
    private final RegisterSettingsManagement settings;
    private final StaffDirectory directory;
    private final Clock clock;

    DemoRegisters(ForceRegister force, ViolenceRegister violence, GiftRegister gifts, AncillaryRegister ancillary,
            ScreeningRegister screenings, RegisterSettingsManagement settings, StaffDirectory directory,
            Clock clock) {
        this.force = force;
        this.violence = violence;
        this.gifts = gifts;
        this.ancillary = ancillary;
        this.screenings = screenings;
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load(DemoContext context) {
        var demo = context.organisation("demo");
        settings.save(demo.id(), new RegisterSettings(new BigDecimal("50.00"),
                List.of("Tolkenbureau Babel", "Garage Centrum (aanbesteding wagenpark)"), List.of("bewaking",
                        "nachtclub", "casino", "detective"), true, 3, false, 5, true));
        fill(context, demo, PLACES_NL, 70, 28, 18, 14, new Random(60));
        fill(context, context.organisation("demo2"), PLACES_FR, 6, 4, 3, 2, new Random(61));
    }

    private void fill(DemoContext context, Organisation organisation, List<String> places, int forceCount,
            int violenceCount, int giftCount, int ancillaryCount, Random random) {
        var org = organisation.id();
        String code = organisation.code();
        var staff = directory.search(org, StaffQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE)).content()
                .stream().filter(StaffMemberSummary::inService).toList();
        // Inspectors on the street use force and meet violence; the rest of the corps declares gifts and the like.
        var field = staff.stream().filter(s -> s.functionName() != null
                && s.functionName().toLowerCase(Locale.ROOT).contains("inspect")).toList();
        var officers = field.isEmpty() ? staff : field;
        var today = LocalDate.now(clock);
        var means = List.of("VERBAL_COMMAND", "HANDCUFFS", "PHYSICAL_CONTROL", "BATON", "PEPPER_SPRAY", "TASER",
                "POLICE_DOG", "FIREARM_DRAWN");
        var analyst = user(context, code + ".prevention", organisation, RegisterPermissions.FORCE_ANALYSE);
        for (int i = 0; i < forceCount; i++) {
            var officer = pick(officers, random);
            var used = List.of(means.get(random.nextInt(2)), means.get(2 + random.nextInt(means.size() - 2)));
            var input = new ForceReportInput(today.minusDays(random.nextInt(420)), pick(places, random),
                    pick(List.of(IncidentType.values()), random), List.of(), used.stream().distinct().toList(),
                    "Verzet bij arrestatie na vechtpartij", random.nextInt(4) == 0 ? "Schaafwonden" : "", "", false,
                    random.nextBoolean(), "PV " + code.toUpperCase(Locale.ROOT) + "/" + (1000 + i),
                    "Ja, de situatie werd snel onder controle gebracht", "Ja", "Ja, met eerder verbale de-escalatie");
            var id = force.file(org, officer.id(), input);
            var report = force.view(analyst, id);
            if (report.supervisor() == null || i % 7 == 0) {
                continue;
            }
            var supervisor = user(context, "", organisation, RegisterPermissions.FILE, report.supervisor());
            if (i % 11 == 0) {
                force.sendBack(supervisor, id, "Beschrijf de letsels en de bodycambeelden.");
                continue;
            }
            force.approve(supervisor, id, "");
            if (i % 3 == 0 && analyst.staffMemberId() != null) {
                force.analyse(analyst, id, new ForceAnalysis("Proportioneel en noodzakelijk.",
                        "Training de-escalerende communicatie herhalen.", "O6", i % 9 == 0));
            }
        }
        for (int i = 0; i < violenceCount; i++) {
            int days = random.nextInt(5) == 0 ? 1 + random.nextInt(10) : 0;
            violence.file(org, pick(officers, random).id(), new ViolenceReportInput(today.minusDays(random.nextInt(
                    400)), pick(places, random), pick(List.of(ViolenceType.values()), random),
                    days > 0 ? "Kneuzingen" : "", days, "Agressie tijdens een interventie", random.nextBoolean(),
                    days > 0 ? LegalFollowUp.FAST_TRACK : LegalFollowUp.REPORT_DRAWN_UP));
        }
        var givers = List.of("Café De Ster", "Tolkenbureau Babel", "Bakkerij Van Hecke", "Handelaarsvereniging",
                "Stad Gent");
        for (int i = 0; i < giftCount; i++) {
            int value = List.of(10, 15, 25, 40, 80, 150).get(random.nextInt(6));
            gifts.declare(org, pick(staff, random).id(), new GiftInput(pick(List.of(GiftKind.values()), random),
                    value > 50 ? "Fles champagne" : "Doos pralines", pick(givers, random), "Eindejaar",
                    BigDecimal.valueOf(value), random.nextInt(3) > 0, today.minusDays(random.nextInt(360))));
        }
        var chief = user(context, code + ".chief", organisation, RegisterPermissions.ANCILLARY_DECIDE);
        var activities = List.of("Lesgever zelfverdediging|Politieschool PIVO", "Voetbalscheidsrechter|KBVB",
                "Bijles wiskunde|Privé", "Portier|Nachtclub Fuse", "Boekhouding|VZW Jeugdhuis",
                "Lesgever EHBO|Rode Kruis");
        for (int i = 0; i < ancillaryCount; i++) {
            var parts = pick(activities, random).split("\\|");
            var id = ancillary.apply(org, pick(staff, random).id(), new AncillaryInput(parts[0], parts[1],
                    4 + random.nextInt(20), random.nextBoolean(), "",
                    // Every third one applied for after the activity started: late (an early-warning indicator).
                    i % 3 == 0 ? today.minusDays(14 + i) : today.plusDays(30 + i)));
            var activity = ancillary.view(chief, id);
            if (activity.adviser() == null || i % 4 == 3) {
                continue;
            }
            ancillary.advise(user(context, "", organisation, RegisterPermissions.FILE, activity.adviser()), id,
                    !parts[1].startsWith("Nachtclub"), "Geen overlap met de dienst.");
            if (i % 4 != 2) {
                ancillary.decide(chief, id, !parts[1].startsWith("Nachtclub"), "Buiten de diensturen.",
                        "Niet in uniform.");
            }
        }
        var hr = user(context, code + ".care", organisation, RegisterPermissions.SCREENING_MANAGE);
        for (int i = 0; i < staff.size(); i++) {
            if (i % 9 == 4) {
                continue;
            }
            var id = screenings.schedule(hr, staff.get(i).id(), ScreeningKind.ENTRY, LocalDate.of(2015, 1, 1)
                    .plusDays(random.nextInt(3000)));
            screenings.record(hr, id, screenings.view(hr, id).dueOn(), i % 17 == 0 ? ScreeningOutcome.RESERVATIONS
                    : ScreeningOutcome.FAVOURABLE, "");
        }
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Someone acting in the demo zone: a demo user's staff record, or a given staff member. */
    static KompasUser user(DemoContext context, String username, Organisation organisation,
            String permission, StaffMemberId... staff) {
        var staffId = staff.length > 0 ? staff[0].value() : context.staffByUsername.get(username);
        return new KompasUser(UUID.randomUUID(), username, username, organisation.id(), organisation.code(),
                organisation.kind(), Set.of(), new HashSet<>(List.of(permission, RegisterPermissions.FILE)), staffId,
                organisation.locale());
    }
}
