package be.kompas.lookups.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a realistic synthetic data set in the exchange format, with planted private look-ups of every
 * {@link PlantedKind} and their ground truth in {@code ground-truth.csv} ({@code event_id,kind}).
 * <p>
 * Legitimate look-ups are made hard on purpose: most are explained by a case of the officer's team, but the typed
 * case reference is often empty, wrong or invented; a few per cent are unexplained (helping another team, street
 * checks); some fall in overtime after a shift; surnames follow a skewed distribution so that officers share common
 * surnames with unrelated subjects. Events are written day by day, nearly sorted, so memory stays bounded by the
 * context whatever the number of events.
 */
public final class LookupDataGenerator {

    private static final String[] COMMON_SURNAMES = { "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
        "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Vermeulen",
        "Van den Bossche", "Hermans", "Aerts", "Michiels", "Desmet", "Leroy", "Laurent", "Pauwels", "De Clercq",
        "Verhoeven", "Lemmens", "Van Damme", "Dumont", "Declercq", "Stevens", "Wuyts", "Smets", "Coppens",
        "Bogaerts", "Cools", "Verbeke", "Leclercq", "Renard", "Martens" };
    private static final String[] SYLLABLES = { "van", "de", "ber", "ghe", "lin", "mans", "ckx", "ers", "hout",
        "wa", "lo", "ris", "ten", "dael", "mo", "ke", "sse", "vel", "bro", "eck", "ra", "ni", "qu", "ot" };
    private static final String[] GIVEN_NAMES = { "Jan", "Marie", "Luc", "Sofie", "Thomas", "Emma", "Pieter", "Lotte",
        "Karim", "Nora", "Wim", "Ines", "Bart", "Fatima", "Koen", "Julie", "Mehmet", "Elise", "Tom", "Sarah" };
    private static final String[] SOURCES = { "ANG", "ANG", "RRN", "RRN", "DIV", "ISLP" };
    private static final String[] ACTIONS = { "QUERY", "QUERY", "QUERY", "VIEW", "VIEW", "PRINT", "EXPORT" };
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final int NO_CASE = -1;
    private static final int INVENTED_CASE = -2;
    private static final int LEGITIMATE = -1;

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final long start;
    private final ZoneId zone = ZoneId.of("Europe/Brussels");
    private long offsetFrom = Long.MAX_VALUE;
    private long offsetUntil = Long.MIN_VALUE;
    private int offsetSeconds;
    private String offsetText = "Z";

    private final String[] surnames;
    private int[] staffSurname;
    private int[] staffAddress;
    private int[] staffSelf;
    private int[][] household;
    private int[][] declared;
    private int[] subjectSurname;
    private int[] subjectAddress;
    private int[] subjectOfficer;
    private int[] vips;
    private int[][] subjectsBySurname;
    private int[] caseTeam;
    private long[] caseOpened;
    private long[] caseClosed;
    private int[] caseSubjectStart;
    private int[] caseSubjects;
    private int[][] casesByTeam;
    private int[] subjectCaseStart;
    private int[] subjectCases;

    public LookupDataGenerator(GeneratorSettings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.start = LocalDate.of(2026, 1, 5).atStartOfDay(zone).toInstant().toEpochMilli();
        this.surnames = new String[COMMON_SURNAMES.length + 4_000];
        System.arraycopy(COMMON_SURNAMES, 0, surnames, 0, COMMON_SURNAMES.length);
        for (int i = COMMON_SURNAMES.length; i < surnames.length; i++) {
            StringBuilder name = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
            surnames[i] = name.toString();
        }
    }

    /** What was written: event and planted counts per kind. */
    public record Result(long events, long planted, long[] plantedPerKind) {
    }

    public Result writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        people();
        writeStaffAndSubjects(directory);
        cases(directory);
        writeRosters(directory);
        writeRelations(directory);
        return events(directory);
    }

    // ---- people ----

    /** Zipf-like over a few dozen common surnames (45%), uniform over a long tail of rare ones. */
    private int surname() {
        if (random.nextDouble() < 0.45) {
            double u = random.nextDouble();
            return (int) Math.min(COMMON_SURNAMES.length - 1, Math.floor(Math.pow(COMMON_SURNAMES.length + 1, u)) - 1);
        }
        return COMMON_SURNAMES.length + random.nextInt(surnames.length - COMMON_SURNAMES.length);
    }

    private void people() {
        int staff = settings.staff();
        int subjects = settings.subjects();
        staffSurname = new int[staff];
        staffAddress = new int[staff];
        staffSelf = new int[staff];
        household = new int[staff][];
        subjectSurname = new int[subjects];
        subjectAddress = new int[subjects];
        subjectOfficer = new int[subjects];
        Arrays.fill(subjectOfficer, -1);
        int subject = 0;
        int address = 0;
        for (int o = 0; o < staff; o++) {
            staffSurname[o] = surname();
            staffAddress[o] = address;
            staffSelf[o] = subject;
            subjectOfficer[subject] = o;
            subjectSurname[subject] = staffSurname[o];
            subjectAddress[subject++] = address;
            int members = random.nextInt(4);
            household[o] = new int[members];
            for (int m = 0; m < members; m++) {
                // The first member is a partner, often with another surname; the others are children.
                subjectSurname[subject] = m == 0 && random.nextBoolean() ? surname() : staffSurname[o];
                subjectAddress[subject] = address;
                household[o][m] = subject++;
            }
            address++;
        }
        while (subject < subjects) {
            int members = 1 + random.nextInt(4);
            int familyName = surname();
            for (int m = 0; m < members && subject < subjects; m++) {
                subjectSurname[subject] = m > 0 && random.nextDouble() < 0.7 ? familyName : surname();
                subjectAddress[subject++] = address;
            }
            address++;
        }
        vips = random.ints(Math.max(5, subjects / 2_000), staffSelf.length * 3, subjects).distinct().toArray();
        int[] counts = new int[surnames.length];
        for (int s = staff * 4; s < subjects; s++) {
            counts[subjectSurname[s]]++;
        }
        subjectsBySurname = new int[surnames.length][];
        for (int n = 0; n < surnames.length; n++) {
            subjectsBySurname[n] = new int[counts[n]];
            counts[n] = 0;
        }
        for (int s = staff * 4; s < subjects; s++) {
            subjectsBySurname[subjectSurname[s]][counts[subjectSurname[s]]++] = s;
        }
        declared = new int[staff][];
        for (int o = 0; o < staff; o++) {
            List<Integer> relations = new ArrayList<>();
            if (household[o].length > 0 && random.nextDouble() < 0.7) {
                relations.add(household[o][0]);
            }
            if (random.nextDouble() < 0.3) {
                relations.add(randomCitizen());
            }
            int[] sameName = subjectsBySurname[staffSurname[o]];
            if (sameName.length > 0 && random.nextDouble() < 0.3) {
                relations.add(sameName[random.nextInt(sameName.length)]);
            }
            if (random.nextDouble() < 0.2) {
                relations.add(randomCitizen());
            }
            declared[o] = relations.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A subject who is neither staff nor in a staff household. */
    private int randomCitizen() {
        return settings.staff() * 4 + random.nextInt(settings.subjects() - settings.staff() * 4);
    }

    private void writeStaffAndSubjects(Path directory) throws IOException {
        int teams = settings.teams();
        try (Writer out = writer(directory.resolve("staff.csv"))) {
            out.write("officer_id,surname,given_name,address_id,team_id\n");
            for (int o = 0; o < settings.staff(); o++) {
                out.write(officerId(o) + "," + quoted(surnames[staffSurname[o]]) + ","
                        + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + "," + addressId(staffAddress[o]) + ","
                        + teamId(o % teams) + "\n");
            }
        }
        boolean[] isVip = new boolean[settings.subjects()];
        for (int vip : vips) {
            isVip[vip] = true;
        }
        try (Writer out = writer(directory.resolve("subjects.csv"))) {
            out.write("subject_id,surname,given_name,address_id,officer_id,flags\n");
            StringBuilder row = new StringBuilder(96);
            for (int s = 0; s < settings.subjects(); s++) {
                row.setLength(0);
                row.append(subjectId(s)).append(',').append(quoted(surnames[subjectSurname[s]])).append(',')
                        .append(GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)]).append(',')
                        .append(addressId(subjectAddress[s])).append(',')
                        .append(subjectOfficer[s] >= 0 ? officerId(subjectOfficer[s]) : "").append(',')
                        .append(isVip[s] ? "VIP" : "").append('\n');
                out.append(row);
            }
        }
    }

    // ---- cases ----

    private void cases(Path directory) throws IOException {
        int count = settings.cases();
        int teams = settings.teams();
        long end = start + settings.days() * DAY;
        caseTeam = new int[count];
        caseOpened = new long[count];
        caseClosed = new long[count];
        caseSubjectStart = new int[count + 1];
        int[] teamCounts = new int[teams];
        for (int c = 0; c < count; c++) {
            caseTeam[c] = random.nextInt(teams);
            teamCounts[caseTeam[c]]++;
            caseOpened[c] = start - 30 * DAY + (long) (random.nextDouble() * (settings.days() + 30) * DAY);
            long duration = HOUR + (long) (-Math.log(1 - random.nextDouble()) * 20 * DAY);
            caseClosed[c] = caseOpened[c] + duration > end ? Long.MAX_VALUE : caseOpened[c] + duration;
            caseSubjectStart[c + 1] = caseSubjectStart[c] + 1 + random.nextInt(5);
        }
        caseSubjects = new int[caseSubjectStart[count]];
        int[] perSubject = new int[settings.subjects() + 1];
        for (int i = 0; i < caseSubjects.length; i++) {
            // Staff and their households appear in cases too, but rarely.
            caseSubjects[i] = random.nextDouble() < 0.002 ? random.nextInt(settings.subjects()) : randomCitizen();
            perSubject[caseSubjects[i] + 1]++;
        }
        casesByTeam = new int[teams][];
        for (int t = 0; t < teams; t++) {
            casesByTeam[t] = new int[teamCounts[t]];
            teamCounts[t] = 0;
        }
        for (int c = 0; c < count; c++) {
            casesByTeam[caseTeam[c]][teamCounts[caseTeam[c]]++] = c;
        }
        subjectCaseStart = perSubject;
        for (int s = 0; s < settings.subjects(); s++) {
            subjectCaseStart[s + 1] += subjectCaseStart[s];
        }
        subjectCases = new int[caseSubjects.length];
        int[] fill = Arrays.copyOf(subjectCaseStart, settings.subjects());
        for (int c = 0; c < count; c++) {
            for (int i = caseSubjectStart[c]; i < caseSubjectStart[c + 1]; i++) {
                subjectCases[fill[caseSubjects[i]]++] = c;
            }
        }
        try (Writer cases = writer(directory.resolve("cases.csv"));
                Writer links = writer(directory.resolve("case_subjects.csv"))) {
            cases.write("case_ref,team_id,opened_at,closed_at\n");
            links.write("case_ref,subject_id\n");
            StringBuilder row = new StringBuilder(96);
            for (int c = 0; c < count; c++) {
                row.setLength(0);
                row.append(caseRef(c)).append(',').append(teamId(caseTeam[c])).append(',');
                timestamp(row, caseOpened[c]);
                row.append(',');
                if (caseClosed[c] != Long.MAX_VALUE) {
                    timestamp(row, caseClosed[c]);
                }
                cases.append(row.append('\n'));
                for (int i = caseSubjectStart[c]; i < caseSubjectStart[c + 1]; i++) {
                    links.write(caseRef(c) + "," + subjectId(caseSubjects[i]) + "\n");
                }
            }
        }
    }

    private boolean explains(int officer, int subject, long ts) {
        int team = officer % settings.teams();
        for (int i = subjectCaseStart[subject]; i < subjectCaseStart[subject + 1]; i++) {
            int c = subjectCases[i];
            if (caseTeam[c] == team && caseOpened[c] <= ts && ts <= caseClosed[c]) {
                return true;
            }
        }
        return false;
    }

    /** A case of the team open at {@code ts}, or -1; teams have hundreds of open cases, so sampling finds one. */
    private int openCase(int team, long ts) {
        int[] candidates = casesByTeam[team];
        for (int attempt = 0; attempt < 60 && candidates.length > 0; attempt++) {
            int c = candidates[random.nextInt(candidates.length)];
            if (caseOpened[c] <= ts && ts <= caseClosed[c]) {
                return c;
            }
        }
        return -1;
    }

    // ---- rosters ----

    /** Five days on, two off, rotating through early, late and night shifts by team and week. */
    private long shiftStart(int officer, int day) {
        if (Math.floorMod(day + officer * 3, 7) >= 5) {
            return -1;
        }
        int shift = Math.floorMod(officer % settings.teams() + Math.floorDiv(day, 7), 3);
        return start + day * DAY + (6 + 8L * shift) * HOUR;
    }

    private void writeRosters(Path directory) throws IOException {
        try (Writer out = writer(directory.resolve("rosters.csv"))) {
            out.write("officer_id,start,end\n");
            StringBuilder row = new StringBuilder(80);
            for (int o = 0; o < settings.staff(); o++) {
                for (int day = -1; day <= settings.days(); day++) {
                    long shift = shiftStart(o, day);
                    if (shift >= 0) {
                        row.setLength(0);
                        row.append(officerId(o)).append(',');
                        timestamp(row, shift);
                        row.append(',');
                        timestamp(row, shift + 8 * HOUR);
                        out.append(row.append('\n'));
                    }
                }
            }
        }
    }

    private void writeRelations(Path directory) throws IOException {
        try (Writer out = writer(directory.resolve("relations.csv"))) {
            out.write("officer_id,subject_id,relation\n");
            for (int o = 0; o < settings.staff(); o++) {
                for (int subject : declared[o]) {
                    String relation = Arrays.stream(household[o]).anyMatch(m -> m == subject) ? "PARTNER"
                            : subjectSurname[subject] == staffSurname[o] ? "FAMILY"
                            : random.nextBoolean() ? "EX_PARTNER" : "NEIGHBOUR";
                    out.write(officerId(o) + "," + subjectId(subject) + "," + relation + "\n");
                }
            }
        }
    }

    // ---- events ----

    /** One look-up before it is written; {@code kind} is a {@link PlantedKind} ordinal or {@link #LEGITIMATE}. */
    private record Lookup(long ts, int officer, int subject, int caseRef, int kind) {
    }

    private Result events(Path directory) throws IOException {
        List<Lookup> planted = plant();
        planted.sort(Comparator.comparingLong(Lookup::ts));
        long[] perKind = new long[PlantedKind.values().length];
        long written = 0;
        int nextPlanted = 0;
        long legitimateTotal = settings.events() - planted.size();
        List<Lookup> carried = new ArrayList<>();
        try (Writer events = writer(directory.resolve("events.csv"));
                Writer truth = writer(directory.resolve("ground-truth.csv"))) {
            events.write("event_id,ts,officer_id,source,action,subject_id,case_ref\n");
            truth.write("event_id,kind\n");
            StringBuilder row = new StringBuilder(128);
            for (int day = 0; day < settings.days(); day++) {
                long dayEnd = start + (day + 1) * DAY;
                List<Lookup> chunk = new ArrayList<>(carried);
                carried.clear();
                long legitimateToday = legitimateTotal * (day + 1) / settings.days()
                        - legitimateTotal * day / settings.days();
                for (long i = 0; i < legitimateToday;) {
                    i += legitimate(day, chunk, legitimateToday - i);
                }
                while (nextPlanted < planted.size() && planted.get(nextPlanted).ts() < dayEnd) {
                    chunk.add(planted.get(nextPlanted++));
                }
                chunk.sort(Comparator.comparingLong(Lookup::ts));
                jitter(chunk);
                for (Lookup lookup : chunk) {
                    if (lookup.ts() >= dayEnd && day < settings.days() - 1) {
                        carried.add(lookup);
                        continue;
                    }
                    String eventId = "E" + (10_000_000_000L + ++written);
                    row.setLength(0);
                    row.append(eventId).append(',');
                    timestamp(row, lookup.ts());
                    row.append(',').append(officerId(lookup.officer())).append(',')
                            .append(SOURCES[random.nextInt(SOURCES.length)]).append(',')
                            .append(ACTIONS[random.nextInt(ACTIONS.length)]).append(',')
                            .append(subjectId(lookup.subject())).append(',');
                    if (lookup.caseRef() >= 0) {
                        row.append(caseRef(lookup.caseRef()));
                    }
                    else if (lookup.caseRef() == INVENTED_CASE) {
                        row.append("PV/").append(10_000 + random.nextInt(90_000));
                    }
                    events.append(row.append('\n'));
                    if (lookup.kind() != LEGITIMATE) {
                        perKind[lookup.kind()]++;
                        truth.write(eventId + "," + PlantedKind.values()[lookup.kind()] + "\n");
                    }
                }
            }
        }
        return new Result(written, Arrays.stream(perKind).sum(), perKind);
    }

    /**
     * Adds one legitimate look-up, sometimes followed by a second action on the same subject if there is
     * {@code room}; returns how many.
     */
    private int legitimate(int day, List<Lookup> chunk, long room) {
        int officer;
        long shift;
        do {
            officer = random.nextInt(settings.staff());
            shift = shiftStart(officer, day);
        } while (shift < 0);
        int team = officer % settings.teams();
        long ts = shift + (long) (random.nextDouble() * 8 * HOUR);
        double roll = random.nextDouble();
        int subject;
        int typed;
        if (roll < settings.noiseShare() * 2 / 3) {
            // Helping another team: unexplained by the contract, though the typed reference may be that team's case.
            int c = openCase((team + 1 + random.nextInt(settings.teams() - 1)) % settings.teams(), ts);
            if (c < 0) {
                return 0;
            }
            subject = caseSubjects[caseSubjectStart[c] + random.nextInt(caseSubjectStart[c + 1] - caseSubjectStart[c])];
            typed = random.nextBoolean() ? c : NO_CASE;
        }
        else if (roll < settings.noiseShare()) {
            subject = randomCitizen();
            typed = NO_CASE;
        }
        else {
            if (random.nextDouble() < 0.02) {
                ts = shift + 8 * HOUR + (long) (random.nextDouble() * 1.5 * HOUR);
            }
            int c = openCase(team, ts);
            if (c < 0) {
                return 0;
            }
            subject = caseSubjects[caseSubjectStart[c] + random.nextInt(caseSubjectStart[c + 1] - caseSubjectStart[c])];
            double typo = random.nextDouble();
            typed = typo < 0.65 ? c : typo < 0.85 ? NO_CASE : typo < 0.95 ? random.nextInt(settings.cases())
                    : INVENTED_CASE;
        }
        chunk.add(new Lookup(ts, officer, subject, typed, LEGITIMATE));
        if (room > 1 && random.nextDouble() < 0.3) {
            chunk.add(new Lookup(ts + 5_000 + random.nextInt(120_000), officer, subject, typed, LEGITIMATE));
            return 2;
        }
        return 1;
    }

    /** Swaps about one event in a hundred with a neighbour a few places on: exports are nearly, not fully, sorted. */
    private void jitter(List<Lookup> chunk) {
        for (int i = 0; i + 20 < chunk.size(); i++) {
            if (random.nextDouble() < 0.01) {
                int j = i + 1 + random.nextInt(20);
                Lookup swapped = chunk.get(i);
                chunk.set(i, chunk.get(j));
                chunk.set(j, swapped);
            }
        }
    }

    // ---- planted private look-ups ----

    private List<Lookup> plant() {
        long quota = Math.max(PlantedKind.values().length, Math.round(settings.events() * settings.privateShare()))
                / PlantedKind.values().length;
        List<Lookup> planted = new ArrayList<>();
        for (PlantedKind kind : PlantedKind.values()) {
            long before = planted.size();
            while (planted.size() - before < quota) {
                plant(kind, planted);
            }
        }
        return planted;
    }

    private void plant(PlantedKind kind, List<Lookup> planted) {
        int officer = random.nextInt(settings.staff());
        boolean offDuty = kind == PlantedKind.OFF_DUTY || random.nextDouble() < 0.4;
        long ts = offDuty ? offDutyTime(officer) : onDutyTime(officer);
        switch (kind) {
            case BULK -> {
                int size = 12 + random.nextInt(19);
                long span = (10 + random.nextInt(36)) * 60_000L;
                List<Lookup> burst = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    burst.add(planted(ts + span * i / size, officer, randomCitizen(), kind));
                }
                addAll(planted, burst);
            }
            case REPEAT -> {
                int subject = curiosity(officer, ts);
                int times = 3 + random.nextInt(4);
                long spacing = (2 + random.nextInt(12)) * DAY;
                List<Lookup> repeats = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    repeats.add(planted(onDutyTime(officer, ts + spacing * i), officer, subject, kind));
                }
                addAll(planted, repeats);
            }
            default -> {
                int subject = personal(kind, officer);
                if (subject >= 0) {
                    addAll(planted, List.of(planted(ts, officer, subject, kind)));
                }
            }
        }
    }

    private Lookup planted(long ts, int officer, int subject, PlantedKind kind) {
        return new Lookup(ts, officer, subject, random.nextDouble() < 0.2 ? INVENTED_CASE : NO_CASE, kind.ordinal());
    }

    /** The subject a private look-up of this kind is about, or -1 if the officer has none. */
    private int personal(PlantedKind kind, int officer) {
        return switch (kind) {
            case SELF -> staffSelf[officer];
            case COLLEAGUE -> staffSelf[random.nextInt(settings.staff())];
            case SAME_SURNAME -> {
                int[] sameName = subjectsBySurname[staffSurname[officer]];
                yield sameName.length == 0 ? -1 : sameName[random.nextInt(sameName.length)];
            }
            case SAME_ADDRESS -> household[officer].length == 0 ? -1
                    : household[officer][random.nextInt(household[officer].length)];
            case DECLARED_RELATION -> declared[officer].length == 0 ? -1
                    : declared[officer][random.nextInt(declared[officer].length)];
            case VIP -> vips[random.nextInt(vips.length)];
            default -> randomCitizen();
        };
    }

    /** Half of repeats are about someone from one of the team's cases, after it closed; the others are anyone. */
    private int curiosity(int officer, long ts) {
        int[] teamCases = casesByTeam[officer % settings.teams()];
        for (int attempt = 0; attempt < 30 && random.nextBoolean(); attempt++) {
            int c = teamCases[random.nextInt(teamCases.length)];
            if (caseClosed[c] < ts) {
                return caseSubjects[caseSubjectStart[c]];
            }
        }
        return randomCitizen();
    }

    /**
     * Keeps a planted incident only if all its look-ups fall in the period and no case of the team happens to explain
     * any of them, so that the ground truth stays true and a repeat is never cut short.
     */
    private void addAll(List<Lookup> planted, List<Lookup> incident) {
        long end = start + settings.days() * DAY;
        for (Lookup lookup : incident) {
            if (lookup.ts() < start || lookup.ts() >= end || explains(lookup.officer(), lookup.subject(), lookup.ts())
                    || (lookup.kind() == PlantedKind.COLLEAGUE.ordinal()
                            && subjectOfficer[lookup.subject()] == lookup.officer())) {
                return;
            }
        }
        planted.addAll(incident);
    }

    private long onDutyTime(int officer) {
        return onDutyTime(officer, start + (long) (random.nextDouble() * (settings.days() - 1) * DAY));
    }

    /** A time within the officer's first shift starting at or after {@code from}'s day. */
    private long onDutyTime(int officer, long from) {
        int day = (int) ((from - start) / DAY);
        for (int d = day; d < day + 7; d++) {
            long shift = shiftStart(officer, d);
            if (shift >= 0) {
                return shift + (long) (random.nextDouble() * 8 * HOUR);
            }
        }
        return from;
    }

    /** A time outside the officer's shifts, at least an hour from any of them. */
    private long offDutyTime(int officer) {
        while (true) {
            int day = random.nextInt(settings.days());
            long ts = start + day * DAY + (long) (random.nextDouble() * DAY);
            boolean clear = true;
            for (int d = day - 1; d <= day + 1 && clear; d++) {
                long shift = shiftStart(officer, d);
                clear = shift < 0 || ts < shift - HOUR || ts > shift + 9 * HOUR;
            }
            if (clear) {
                return ts;
            }
        }
    }

    // ---- formatting ----

    /** Formats with the Brussels offset of the instant, by hand: a formatter would dominate the generator's time. */
    private void timestamp(StringBuilder out, long epochMillis) {
        if (epochMillis < offsetFrom || epochMillis >= offsetUntil) {
            Instant instant = Instant.ofEpochMilli(epochMillis);
            ZoneOffset offset = zone.getRules().getOffset(instant);
            offsetSeconds = offset.getTotalSeconds();
            offsetText = offset.getId();
            var previous = zone.getRules().previousTransition(instant.plusMillis(1));
            var next = zone.getRules().nextTransition(instant);
            offsetFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().toEpochMilli();
            offsetUntil = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
        }
        long local = Math.floorDiv(epochMillis, 1000) + offsetSeconds;
        long days = Math.floorDiv(local, 86_400);
        int secondOfDay = (int) Math.floorMod(local, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        out.append(date.getYear()).append('-');
        twoDigits(out, date.getMonthValue()).append('-');
        twoDigits(out, date.getDayOfMonth()).append('T');
        twoDigits(out, secondOfDay / 3600).append(':');
        twoDigits(out, secondOfDay / 60 % 60).append(':');
        twoDigits(out, secondOfDay % 60).append(offsetText);
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String quoted(String text) {
        return text.indexOf(',') >= 0 ? '"' + text + '"' : text;
    }

    static String officerId(int officer) {
        return "P" + (100_000 + officer);
    }

    static String subjectId(int subject) {
        return "S" + (10_000_000 + subject);
    }

    private static String teamId(int team) {
        return "T" + (100 + team);
    }

    private static String addressId(int address) {
        return "A" + (1_000_000 + address);
    }

    private static String caseRef(int c) {
        return "C" + (1_000_000 + c);
    }
}
