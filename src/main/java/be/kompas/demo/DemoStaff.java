package be.kompas.demo;

import static be.kompas.people.EmploymentKind.*;
import static be.kompas.people.UnitKind.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.people.EmploymentKind;
import be.kompas.people.JobFunctionId;
import be.kompas.people.JobFunctions;
import be.kompas.people.NewStaffMember;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberChange;
import be.kompas.people.StaffMemberId;
import be.kompas.people.Transfer;
import be.kompas.people.UnitId;
import be.kompas.people.UnitKind;
import be.kompas.people.Units;
import be.kompas.tenancy.Organisation;

/**
 * A realistic corps for each demo zone (Dutch names in {@code demo}, French in {@code demo2}) and a few federal staff:
 * units, job functions (some vulnerable), line managers and some careers with a transfer, so that routing and
 * screening can be tried. Runs before the users, which link to their staff records.
 */
@Component
class DemoStaff implements DemoStep {

    private record UnitSpec(String code, String nl, String fr, UnitKind kind, @Nullable String parent,
            String headGrade, String headFunction) {
    }

    private record FunctionSpec(String key, String nl, String fr, boolean vulnerable) {
    }

    /** Someone to create: a demo user (given and surname from their account) or a filler from the name pool. */
    private record Post(String unit, String grade, String function, @Nullable String user, String givenName,
            String surname, boolean head) {
    }

    private static final List<UnitSpec> ZONE_UNITS = List.of(
            new UnitSpec("KL", "Korpsleiding", "Direction du corps", CORPS, null, "HCP", "CHIEF"),
            new UnitSpec("DOP", "Directie Operaties", "Direction des opérations", DEPARTMENT, "KL", "CP", "HEAD"),
            new UnitSpec("INT", "Interventie", "Intervention", SERVICE, "DOP", "CP", "HEAD"),
            new UnitSpec("INT-A", "Interventieploeg A", "Équipe d'intervention A", TEAM, "INT", "HINP", "TEAMLEAD"),
            new UnitSpec("INT-B", "Interventieploeg B", "Équipe d'intervention B", TEAM, "INT", "HINP", "TEAMLEAD"),
            new UnitSpec("WD", "Wijkdienst", "Service de proximité", SERVICE, "DOP", "CP", "HEAD"),
            new UnitSpec("VER", "Verkeer", "Circulation", SERVICE, "DOP", "HINP", "HEAD"),
            new UnitSpec("LRD", "Lokale Recherchedienst", "Service local de recherche", SERVICE, "DOP", "CP", "HEAD"),
            new UnitSpec("LRD-DRUGS", "LRD Drugs", "SLR Stupéfiants", TEAM, "LRD", "HINP", "TEAMLEAD"),
            new UnitSpec("LRD-MEPROSCH", "LRD MEPROSCH", "SLR Traite des êtres humains", TEAM, "LRD", "HINP",
                    "TEAMLEAD"),
            new UnitSpec("LRD-ALG", "LRD Algemene recherche", "SLR Recherche générale", TEAM, "LRD", "HINP",
                    "TEAMLEAD"),
            new UnitSpec("DIT", "Dienst Integriteitsbewaking en Toezicht", "Service Intégrité et Contrôle", SERVICE,
                    "KL", "CP", "HEAD"),
            new UnitSpec("DIT-IT", "Bureau Intern Toezicht", "Bureau Contrôle interne", TEAM, "DIT", "HINP",
                    "TEAMLEAD"),
            new UnitSpec("DIT-TU", "Bureau Tucht", "Bureau Discipline", TEAM, "DIT", "HINP", "TEAMLEAD"),
            new UnitSpec("MELD", "Meldpunt en klantendienst", "Point de contact et service clients", SERVICE, "KL",
                    "CB", "HEAD"),
            new UnitSpec("DSO", "Directie Ondersteuning", "Direction de l'appui", DEPARTMENT, "KL", "CA", "HEAD"),
            new UnitSpec("HR", "Personeelszorg (DHR)", "Service du personnel", SERVICE, "DSO", "CA", "HEAD"),
            new UnitSpec("ICT", "ICT", "ICT", SERVICE, "DSO", "CB", "HEAD"),
            new UnitSpec("LOG", "Logistiek en aankoop", "Logistique et achats", SERVICE, "DSO", "CB", "HEAD"));

    private static final List<UnitSpec> FEDERAL_UNITS = List.of(
            new UnitSpec("DGJ", "Algemene directie gerechtelijke politie", "Direction générale de la police"
                    + " judiciaire", CORPS, null, "HCP", "CHIEF"),
            new UnitSpec("CG-INT", "CG/Integrity", "CG/Integrity", SERVICE, "DGJ", "CP", "HEAD"),
            new UnitSpec("FGP-GENT", "FGP Oost-Vlaanderen", "PJF Flandre orientale", SERVICE, "DGJ", "CP", "HEAD"));

    private static final List<FunctionSpec> FUNCTIONS = List.of(
            new FunctionSpec("CHIEF", "Korpschef", "Chef de corps", false),
            new FunctionSpec("COORD", "Integriteitscoördinator", "Coordinateur intégrité", false),
            new FunctionSpec("ADVISER", "Beleidsadviseur", "Conseiller politique", false),
            new FunctionSpec("HEAD", "Diensthoofd", "Chef de service", false),
            new FunctionSpec("TEAMLEAD", "Ploegchef", "Chef d'équipe", false),
            new FunctionSpec("INT", "Interventie-inspecteur", "Inspecteur d'intervention", false),
            new FunctionSpec("WIJK", "Wijkinspecteur", "Inspecteur de quartier", false),
            new FunctionSpec("VERK", "Verkeersinspecteur", "Inspecteur circulation", false),
            new FunctionSpec("RECH", "Rechercheur", "Enquêteur", false),
            new FunctionSpec("DRUGS", "Drugsrechercheur", "Enquêteur stupéfiants", true),
            new FunctionSpec("MEPROSCH", "Rechercheur MEPROSCH", "Enquêteur traite des êtres humains", true),
            new FunctionSpec("EVIDENCE", "Beheerder overtuigingsstukken", "Gestionnaire des pièces à conviction",
                    true),
            new FunctionSpec("PURCHASE", "Aankoper", "Acheteur", true),
            new FunctionSpec("ICT", "ICT-beheerder", "Gestionnaire ICT", true),
            new FunctionSpec("IT_INV", "Onderzoeker intern toezicht", "Enquêteur contrôle interne", false),
            new FunctionSpec("TUCHT", "Tuchtdossierbeheerder", "Gestionnaire des dossiers disciplinaires", false),
            new FunctionSpec("DPO", "Functionaris voor gegevensbescherming", "Délégué à la protection des données",
                    false),
            new FunctionSpec("HR", "HR-medewerker", "Collaborateur RH", false),
            new FunctionSpec("PREVENTION", "Preventieadviseur", "Conseiller en prévention", false),
            new FunctionSpec("CUSTOMER", "Klantencoördinator", "Coordinateur clients", false),
            new FunctionSpec("ADMIN", "Administratief medewerker", "Collaborateur administratif", false),
            new FunctionSpec("FED_INV", "Federaal rechercheur", "Enquêteur fédéral", false));

    private static final Map<String, String> GRADES_NL = Map.of("AG", "agent van politie", "INP", "inspecteur",
            "HINP", "hoofdinspecteur", "CP", "commissaris", "HCP", "hoofdcommissaris", "CA", "CALog niveau A", "CB",
            "CALog niveau B", "CC", "CALog niveau C");
    private static final Map<String, String> GRADES_FR = Map.of("AG", "agent de police", "INP", "inspecteur",
            "HINP", "inspecteur principal", "CP", "commissaire", "HCP", "commissaire divisionnaire", "CA",
            "CALog niveau A", "CB", "CALog niveau B", "CC", "CALog niveau C");

    /** The demo users who are staff, by organisation: username, unit, grade, function, whether they lead the unit. */
    private static final Map<String, List<String>> USERS = Map.of(
            "demo", List.of("chief KL HCP CHIEF head Karel Claes", "coordinator KL CP COORD - Ilse Wouters",
                    "facilitator KL CA ADVISER - Frank De_Smet", "helper MELD CC ADMIN - Hanne Peeters",
                    "coach WD INP WIJK - Caroline Jacobs", "coach2 INT-A HINP INT - Koen Maes",
                    "ditlead DIT CP HEAD head Dirk Mertens", "investigator DIT-IT HINP IT_INV - Sofie Willems",
                    "discipline DIT-TU HINP TUCHT head Tom Dubois", "dpo DIT CA DPO - Nathalie Lambert",
                    "customer MELD CB CUSTOMER head Lies Van_den_Broeck", "confidant HR CB HR - Marc Hermans",
                    "care HR CB HR - Eva Aerts", "prevention DSO CA PREVENTION - Peter Janssens",
                    "manager INT-B HINP TEAMLEAD head Luc Vermeulen", "officer INT-B INP INT - Jonas Desmet"),
            "demo2", List.of("chief KL HCP CHIEF head Valérie Dupont", "coordinator KL CP COORD - Julien Lejeune",
                    "investigator DIT-IT HINP IT_INV - Céline Renard", "dpo DIT CA DPO - Marc Lambotte",
                    "officer INT-B INP INT - Sarah Martin"),
            "fed", List.of("coordinator CG-INT CP COORD - Griet Claeys", "officer FGP-GENT INP FED_INV - Bart"
                    + " Michiels"));

    /** Further staff per unit: grade, function, how many. */
    private static final List<String> ZONE_FILLERS = List.of("INT-A INP INT 3", "INT-A AG INT 1", "INT-B INP INT 3",
            "INT-B AG INT 1", "WD INP WIJK 3", "VER INP VERK 2", "LRD CC EVIDENCE 2", "LRD-DRUGS INP DRUGS 3",
            "LRD-MEPROSCH INP MEPROSCH 2", "LRD-ALG INP RECH 2", "DIT-IT HINP IT_INV 1", "HR CB HR 1",
            "ICT CB ICT 2", "LOG CB PURCHASE 2", "MELD CC ADMIN 1");
    private static final List<String> FEDERAL_FILLERS = List.of("FGP-GENT INP FED_INV 2", "CG-INT HINP RECH 1");
    /** Staff who left, added last in each zone, for the retention rules. */
    private static final int LEAVERS = 2;

    private static final List<String> SURNAMES_NL = List.of("Van Damme", "De Clercq", "Smets", "Pauwels",
            "Verhoeven", "De Backer", "Stevens", "Baert", "Coppens", "De Wilde", "Vandenberghe", "Van Acker", "Cools",
            "Segers", "Bogaert", "Martens", "Verstraete", "Hendrickx", "De Vos", "Wuyts", "Lemmens", "Van de Velde",
            "Thys", "Roels", "Verlinden", "Cuypers", "De Meyer", "Van Hecke", "Nys", "Moens", "Verschueren",
            "Huygens", "De Cock", "Rombouts", "Geerts", "Vervoort", "Bosmans", "Van Hoof", "Dierckx", "Lenaerts",
            "Schepens", "Verbeke", "D'Hondt", "Van Laere", "Wouters", "Peeters", "Vermeersch", "Claessens");
    private static final List<String> GIVEN_NL = List.of("Wim", "Els", "Bart", "An", "Kris", "Lotte", "Pieter",
            "Katrien", "Jeroen", "Nele", "Stijn", "Inge", "Joris", "Annelies", "Tim", "Griet", "Dries", "Leen",
            "Thomas", "Hilde", "Kevin", "Sara", "Maarten", "Evelien", "Yannick", "Lien", "Ruben", "Ellen");
    private static final List<String> SURNAMES_FR = List.of("Dumont", "Leroy", "Simon", "Laurent", "Lefèbvre",
            "Collard", "Mathieu", "Henry", "Hubert", "François", "Lemaire", "Denis", "Gilles", "Noël", "Gérard",
            "Jacquet", "Michel", "Leclercq", "Maréchal", "Pirard", "Thiry", "Lecomte", "Delvaux", "Hardy", "Goffin",
            "Bodart", "Marchal", "Pierre", "Servais", "Closset", "Dethier", "Fontaine", "Piette", "Lhoest", "Masson",
            "Remacle", "Gillet", "Delhaye", "Wathelet", "Baudoux", "Lambert", "Dubois", "Evrard", "Jadot",
            "Kinet", "Louis", "Materne", "Nicolay");
    private static final List<String> GIVEN_FR = List.of("Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Julie",
            "Olivier", "Isabelle", "Thomas", "Camille", "Michel", "Aurélie", "Laurent", "Nathalie", "François",
            "Émilie", "David", "Catherine", "Christophe", "Manon", "Sébastien", "Anne", "Benoît", "Charlotte");

    private final Units units;
    private final JobFunctions functions;
    private final StaffDirectory staff;

    DemoStaff(Units units, JobFunctions functions, StaffDirectory staff) {
        this.units = units;
        this.functions = functions;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(DemoContext context) {
        load(context, "demo", ZONE_UNITS, ZONE_FILLERS, "10");
        load(context, "demo2", ZONE_UNITS, ZONE_FILLERS, "20");
        load(context, "fed", FEDERAL_UNITS, FEDERAL_FILLERS, "30");
    }

    private void load(DemoContext context, String code, List<UnitSpec> unitSpecs, List<String> fillers,
            String numberPrefix) {
        Organisation organisation = context.organisation(code);
        var org = organisation.id();
        boolean french = organisation.locale().getLanguage().equals(Locale.FRENCH.getLanguage());
        var unitIds = new HashMap<String, UnitId>();
        for (UnitSpec spec : unitSpecs) {
            unitIds.put(spec.code(), units.create(org, spec.parent() == null ? null : unitIds.get(spec.parent()),
                    spec.code(), french ? spec.fr() : spec.nl(), spec.kind()));
        }
        var functionIds = new HashMap<String, JobFunctionId>();
        FUNCTIONS.forEach(f -> functionIds.put(f.key(), functions.create(org, french ? f.fr() : f.nl(),
                f.vulnerable())));

        var posts = posts(code, unitSpecs, fillers, french);
        var heads = new HashMap<String, StaffMemberId>();
        var parents = new HashMap<String, @Nullable String>();
        unitSpecs.forEach(spec -> parents.put(spec.code(), spec.parent()));
        var grades = french ? GRADES_FR : GRADES_NL;
        var domain = switch (code) {
            case "demo" -> "pz-demostad.be";
            case "demo2" -> "zp-exempleville.be";
            default -> "police.belgium.eu";
        };
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            // Managers: the heads of the units above the post, nearest first, never the person themself.
            var chain = new ArrayList<StaffMemberId>();
            for (String unit = post.head() ? parents.get(post.unit()) : post.unit(); unit != null;
                    unit = parents.get(unit)) {
                if (heads.containsKey(unit)) {
                    chain.add(heads.get(unit));
                }
            }
            boolean leaver = code.startsWith("demo") && i >= posts.size() - LEAVERS;
            boolean career = unitIds.containsKey("INT-A") && !post.unit().equals("INT-A")
                    && ("officer".equals(post.user()) || i % 3 == 0 && post.grade().contains("INP"));
            LocalDate entry = leaver ? LocalDate.of(2005, 9, 1) : LocalDate.of(1995 + (i * 7) % 27, 1 + i % 12, 1);
            var id = staff.create(org, new NewStaffMember(numberPrefix + String.format("%04d", i + 1),
                    post.surname(), post.givenName(), grades.get(post.grade()),
                    unitIds.get(career ? "INT-A" : post.unit()), functionIds.get(career ? "INT" : post.function()),
                    kind(i, post), chain.isEmpty() ? null : chain.get(0), chain.size() < 2 ? null : chain.get(1),
                    email(post, domain), entry));
            if (career) {
                staff.transfer(org, id, new Transfer(unitIds.get(post.unit()), functionIds.get(post.function()),
                        grades.get(post.grade()), entry.plusYears(3)));
            }
            if (post.head()) {
                heads.put(post.unit(), id);
                units.appointHead(org, unitIds.get(post.unit()), id);
            }
            if (post.user() != null) {
                context.staffByUsername.put(code + "." + post.user(), id.value());
            }
            if (leaver) {
                // One left long ago (past any retention period), one recently.
                var exit = i == posts.size() - 1 ? LocalDate.of(2015, 6, 30) : LocalDate.of(2025, 12, 31);
                staff.change(org, id, new StaffMemberChange(post.surname(), post.givenName(), kind(i, post),
                        chain.isEmpty() ? null : chain.get(0), chain.size() < 2 ? null : chain.get(1),
                        email(post, domain), exit));
            }
        }
    }

    /** Top-down, so that every head exists before the people they manage: per unit the head, then the others. */
    private static List<Post> posts(String code, List<UnitSpec> unitSpecs, List<String> fillers, boolean french) {
        var users = USERS.get(code).stream().map(line -> line.split(" ")).map(p -> new Post(p[1], p[2], p[3], p[0],
                p[5].replace('_', ' '), p[6].replace('_', ' '), p[4].equals("head"))).toList();
        var names = new NamePool(french ? GIVEN_FR : GIVEN_NL, french ? SURNAMES_FR : SURNAMES_NL);
        var posts = new ArrayList<Post>();
        for (UnitSpec spec : unitSpecs) {
            var inUnit = users.stream().filter(u -> u.unit().equals(spec.code())).toList();
            if (inUnit.stream().noneMatch(Post::head)) {
                posts.add(names.post(spec.code(), spec.headGrade(), spec.headFunction(), true));
            }
            inUnit.stream().filter(Post::head).forEach(posts::add);
            inUnit.stream().filter(u -> !u.head()).forEach(posts::add);
            for (String line : fillers) {
                String[] f = line.split(" ");
                if (f[0].equals(spec.code())) {
                    for (int n = 0; n < Integer.parseInt(f[3]); n++) {
                        posts.add(names.post(f[0], f[1], f[2], false));
                    }
                }
            }
        }
        // The leavers come last, so that nobody else has them as manager.
        if (code.startsWith("demo")) {
            for (int n = 0; n < LEAVERS; n++) {
                posts.add(names.post("WD", "INP", "WIJK", false));
            }
        }
        return posts;
    }

    private static EmploymentKind kind(int index, Post post) {
        if (post.user() != null || post.head()) {
            return PERMANENT;
        }
        return switch (index % 10) {
            case 3 -> TEMPORARY;
            case 5 -> SECONDED;
            case 7 -> post.grade().endsWith("INP") || post.grade().equals("AG") ? ASPIRANT : INTERN;
            default -> PERMANENT;
        };
    }

    private static String email(Post post, String domain) {
        String local = (post.givenName() + "." + post.surname()).toLowerCase(Locale.ROOT).replaceAll("[ ']", "");
        return Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "") + "@" + domain;
    }

    /** Distinct names in a fixed order, so that every installation shows the same people. */
    private static final class NamePool {

        private final List<String> given;
        private final List<String> surnames;
        private int next;

        NamePool(List<String> given, List<String> surnames) {
            this.given = given;
            this.surnames = surnames;
        }

        Post post(String unit, String grade, String function, boolean head) {
            int n = next++;
            return new Post(unit, grade, function, null, given.get((n * 5) % given.size()),
                    surnames.get(n % surnames.size()), head);
        }
    }
}
