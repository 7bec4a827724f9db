package be.kompas.lookups.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import be.kompas.lookups.engine.Alert;
import be.kompas.lookups.internal.StoredAlert.TypedCase;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Reads, for the few alerted look-ups only, their rows of {@code events.csv} and the context the engine checked,
 * so that the reviewer sees why a look-up was proposed. Memory follows the number of alerts, not of events.
 */
final class AlertEnricher {

    private record Row(@Nullable Instant at, String source, String action, String caseRef) {
    }

    private record Case(String team, @Nullable Instant opened, @Nullable Instant closed) {

        String state(@Nullable Instant at) {
            if (at == null || opened == null) {
                return "OPEN";
            }
            if (at.isBefore(opened)) {
                return "NOT_YET";
            }
            return closed != null && at.isAfter(closed) ? "CLOSED" : "OPEN";
        }
    }

    /** Look-ups that a team's line manager is asked about, per team and month. */
    static final int SAMPLE_PER_TEAM = 5;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Candidates drawn per team; most look-ups are explained, so a few more than needed suffice. */
    private static final int CANDIDATES_PER_TEAM = 20;

    /** The alerts with their details, and the sample of explained look-ups. */
    record Enriched(List<StoredAlert> alerts, List<SampledLookup> samples) {
    }

    /**
     * An explained look-up drawn at random for its team and month ({@code 2026-03}, Brussels time); {@code caseRef} is
     * the case of the team that explains it.
     */
    record SampledLookup(String teamId, String month, String eventId, String officerId, String subjectId,
            @Nullable Instant at, String source, String action, String caseRef) {
    }

    private record Candidate(String eventId, String officerId, String subjectId, Row row) {
    }

    private AlertEnricher() {
    }

    static Enriched enrich(Path data, List<Alert> alerts) throws IOException {
        var byEvent = new HashMap<String, Alert>();
        var officers = new HashSet<String>();
        var subjects = new HashSet<String>();
        alerts.forEach(alert -> {
            byEvent.put(alert.eventId(), alert);
            officers.add(alert.officerId());
            subjects.add(alert.subjectId());
        });
        var teams = new HashMap<String, String>();
        read(data.resolve("staff.csv"), row -> teams.put(field(row, "officer_id"), field(row, "team_id")));
        var rows = new HashMap<String, Row>();
        // Reservoir sampling per team and month over the look-ups not proposed: each is drawn with the same chance.
        var random = new SplittableRandom();
        var candidates = new HashMap<String, List<Candidate>>();
        var seen = new HashMap<String, long[]>();
        read(data.resolve("events.csv"), row -> {
            String event = field(row, "event_id");
            if (byEvent.containsKey(event)) {
                rows.put(event, row(row));
                return;
            }
            String team = teams.get(field(row, "officer_id"));
            Row read = row(row);
            if (team == null || event.isEmpty() || read.at() == null) {
                return;
            }
            String key = team + "\n" + YearMonth.from(read.at().atZone(BRUSSELS));
            long n = ++seen.computeIfAbsent(key, t -> new long[1])[0];
            var drawn = candidates.computeIfAbsent(key, t -> new ArrayList<>());
            var candidate = new Candidate(event, field(row, "officer_id"), field(row, "subject_id"), read);
            if (drawn.size() < CANDIDATES_PER_TEAM) {
                drawn.add(candidate);
            }
            else {
                long slot = random.nextLong(n);
                if (slot < CANDIDATES_PER_TEAM) {
                    drawn.set((int) slot, candidate);
                }
            }
        });
        candidates.values().forEach(list -> list.forEach(c -> subjects.add(c.subjectId())));
        var casesOfSubject = new HashMap<String, List<String>>();
        read(data.resolve("case_subjects.csv"), row -> {
            String subject = field(row, "subject_id");
            if (subjects.contains(subject)) {
                casesOfSubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(field(row, "case_ref"));
            }
        });
        var wanted = new HashSet<String>();
        casesOfSubject.values().forEach(wanted::addAll);
        rows.values().forEach(row -> wanted.add(row.caseRef()));
        var cases = new HashMap<String, Case>();
        read(data.resolve("cases.csv"), row -> {
            String ref = field(row, "case_ref");
            if (wanted.contains(ref)) {
                cases.put(ref, new Case(field(row, "team_id"), time(field(row, "opened_at")),
                        time(field(row, "closed_at"))));
            }
        });
        var shifts = new HashMap<String, List<Instant[]>>();
        readOptional(data.resolve("rosters.csv"), row -> {
            String officer = field(row, "officer_id");
            Instant start = time(field(row, "start"));
            Instant end = time(field(row, "end"));
            if (officers.contains(officer) && start != null && end != null) {
                shifts.computeIfAbsent(officer, o -> new ArrayList<>()).add(new Instant[] { start, end });
            }
        });
        var relations = new HashMap<String, String>();
        readOptional(data.resolve("relations.csv"), row -> {
            String officer = field(row, "officer_id");
            if (officers.contains(officer)) {
                relations.put(officer + "\n" + field(row, "subject_id"), field(row, "relation"));
            }
        });

        var stored = new ArrayList<StoredAlert>(alerts.size());
        for (Alert alert : alerts) {
            Row row = rows.getOrDefault(alert.eventId(), new Row(null, "", "", ""));
            String team = teams.get(alert.officerId());
            var teamCases = new StringJoiner(";");
            for (String ref : casesOfSubject.getOrDefault(alert.subjectId(), List.of())) {
                Case found = cases.get(ref);
                if (found != null && found.team().equals(team)) {
                    teamCases.add(ref + ":" + found.state(row.at()));
                }
            }
            List<Instant[]> officerShifts = shifts.get(alert.officerId());
            Boolean onDuty = officerShifts == null || row.at() == null ? null
                    : officerShifts.stream().anyMatch(s -> !row.at().isBefore(s[0]) && !row.at().isAfter(s[1]));
            stored.add(new StoredAlert(alert.eventId(), alert.officerId(), alert.subjectId(), team, alert.score(),
                    alert.reasons(), row.at(), blankToNull(row.source()), blankToNull(row.action()),
                    blankToNull(row.caseRef()), teamCases.toString(),
                    typedCase(row, team, cases, casesOfSubject.getOrDefault(alert.subjectId(), List.of())).name(),
                    onDuty, relations.get(alert.officerId() + "\n" + alert.subjectId())));
        }
        return new Enriched(stored, sample(candidates, casesOfSubject, cases));
    }

    /**
     * Up to {@link #SAMPLE_PER_TEAM} of each team's and month's candidates that a case of the team, open then,
     * explains.
     */
    private static List<SampledLookup> sample(Map<String, List<Candidate>> candidates,
            Map<String, List<String>> casesOfSubject, Map<String, Case> cases) {
        var samples = new ArrayList<SampledLookup>();
        for (var group : new TreeMap<>(candidates).entrySet()) {
            String team = group.getKey().substring(0, group.getKey().indexOf('\n'));
            String month = group.getKey().substring(group.getKey().indexOf('\n') + 1);
            int taken = 0;
            for (Candidate c : group.getValue()) {
                var explaining = casesOfSubject.getOrDefault(c.subjectId(), List.of()).stream()
                        .filter(ref -> cases.containsKey(ref) && cases.get(ref).team().equals(team)
                                && cases.get(ref).state(c.row().at()).equals("OPEN"))
                        .findFirst();
                if (explaining.isPresent() && taken++ < SAMPLE_PER_TEAM) {
                    samples.add(new SampledLookup(team, month, c.eventId(), c.officerId(), c.subjectId(),
                            c.row().at(), c.row().source(), c.row().action(), explaining.get()));
                }
            }
        }
        return samples;
    }

    private static Row row(NamedCsvRecord row) {
        return new Row(time(field(row, "ts")), field(row, "source"), field(row, "action"), field(row, "case_ref"));
    }

    private static TypedCase typedCase(Row row, @Nullable String team, Map<String, Case> cases,
            List<String> casesOfSubject) {
        if (row.caseRef().isEmpty()) {
            return TypedCase.NONE;
        }
        Case typed = cases.get(row.caseRef());
        if (typed == null) {
            return TypedCase.UNKNOWN;
        }
        if (!typed.team().equals(team)) {
            return TypedCase.OTHER_TEAM;
        }
        if (!typed.state(row.at()).equals("OPEN")) {
            return TypedCase.NOT_OPEN;
        }
        return casesOfSubject.contains(row.caseRef()) ? TypedCase.EXPLAINS : TypedCase.NOT_INVOLVED;
    }

    private static void readOptional(Path file, Consumer<NamedCsvRecord> consumer) throws IOException {
        if (Files.exists(file)) {
            read(file, consumer);
        }
    }

    private static void read(Path file, Consumer<NamedCsvRecord> consumer) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofNamedCsvRecord(file)) {
            reader.forEach(consumer);
        }
    }

    private static String field(NamedCsvRecord row, String name) {
        return row.findField(name).orElse("").trim();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static @Nullable Instant time(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
