package be.kompas.lookups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small data set with one look-up per rule, shared by the batch engine's and the Kafka topology's tests so that
 * both are held to the same expected alerts.
 * <p>
 * Team T1 has Peeters (P1) and Janssens (P2), team T2 has Maes (P3). P1 and P2 work 08:00-16:00 every day of March
 * 2026; P3 has no roster, so is never off duty. Case C1 (T1) is open from 1 March, C2 (T1) closed on 1 February, C3
 * (T2) is open from 1 March.
 */
public final class LookupFixture {

    public static final List<String> STAFF = List.of("officer_id,surname,given_name,address_id,team_id",
            "P1,Peeters,Jan,A1,T1", "P2,Janssens,Els,A2,T1", "P3,Maes,Tom,A3,T2");

    public static final List<String> SUBJECTS = List.of("subject_id,surname,given_name,address_id,officer_id,flags",
            "S-P1,Peeters,Jan,A1,P1,", "S-P2,Janssens,Els,A2,P2,", "S-PARTNER,Dubois,Ann,A1,,",
            "S-CHILD,Peeters,Lien,A1,,", "S-BROTHER,Peeters,Wim,A9,,", "S-EX,Claes,Eva,A7,,",
            "S-VIP,Famous,Kim,A8,,VIP", "S-CASE1,Wouters,Bo,A10,,", "S-NAMESAKE,Janssens,Rik,A11,,",
            "S-CLOSED,Simon,Ida,A12,,", "S-OTHER,Martin,Luc,A13,,", "S-NOBODY,Lambert,Nel,A14,,",
            "S-REPEAT,Wuyts,Jo,A15,,", "S-SESSION,Aerts,Mia,A16,,");

    public static final List<String> CASES = List.of("case_ref,team_id,opened_at,closed_at",
            "C1,T1,2026-03-01T00:00:00+01:00,", "C2,T1,2026-01-01T00:00:00+01:00,2026-02-01T00:00:00+01:00",
            "C3,T2,2026-03-01T00:00:00+01:00,");

    public static final List<String> CASE_SUBJECTS = List.of("case_ref,subject_id", "C1,S-CASE1", "C1,S-CHILD",
            "C1,S-NAMESAKE", "C2,S-CLOSED", "C3,S-OTHER", "C3,S-P2");

    public static final List<String> RELATIONS = List.of("officer_id,subject_id,relation", "P1,S-EX,EX_PARTNER");

    public static final List<String> ROSTERS;

    /** Look-ups in time order; the event id says what each one tests. */
    public static final List<String> EVENTS;

    /** The alerts expected from {@link #EVENTS}: event id to reason codes. Every other look-up is not proposed. */
    public static final Map<String, String> EXPECTED_ALERTS = new LinkedHashMap<>();

    static {
        List<String> rosters = new ArrayList<>(List.of("officer_id,start,end"));
        for (int day = 1; day <= 31; day++) {
            for (String officer : List.of("P1", "P2")) {
                rosters.add("%s,2026-03-%02dT08:00:00+01:00,2026-03-%02dT16:00:00+01:00".formatted(officer, day, day));
            }
        }
        ROSTERS = List.copyOf(rosters);

        List<String> events = new ArrayList<>(List.of("event_id,ts,officer_id,source,action,subject_id,case_ref"));
        event(events, "explained", "03-10T09:00", "P1", "S-CASE1", "C1", null);
        event(events, "explained-overtime", "03-10T18:00", "P1", "S-CASE1", "", null);
        event(events, "explained-namesake", "03-10T09:05", "P2", "S-NAMESAKE", "C1", null);
        event(events, "explained-colleague", "03-10T09:10", "P3", "S-P2", "C3", null);
        event(events, "explained-household", "03-10T09:15", "P1", "S-CHILD", "C1", "SAME_SURNAME;SAME_ADDRESS");
        event(events, "unexplained-alone", "03-10T09:20", "P2", "S-NOBODY", "", null);
        event(events, "self", "03-10T09:25", "P1", "S-P1", "", "SELF;UNEXPLAINED");
        event(events, "colleague", "03-10T09:30", "P1", "S-P2", "", "COLLEAGUE;UNEXPLAINED");
        event(events, "same-surname", "03-10T09:35", "P1", "S-BROTHER", "", "SAME_SURNAME;UNEXPLAINED");
        event(events, "same-address", "03-10T09:40", "P1", "S-PARTNER", "", "SAME_ADDRESS;UNEXPLAINED");
        event(events, "declared-relation", "03-10T09:45", "P1", "S-EX", "", "DECLARED_RELATION;UNEXPLAINED");
        event(events, "vip", "03-10T09:50", "P2", "S-VIP", "", "VIP;UNEXPLAINED");
        event(events, "closed-case", "03-10T21:00", "P1", "S-CLOSED", "C2", "OFF_DUTY;UNEXPLAINED");
        event(events, "other-team-case", "03-10T21:30", "P1", "S-OTHER", "C3", "OFF_DUTY;UNEXPLAINED");
        event(events, "wrong-case-ref", "03-10T22:00", "P2", "S-NOBODY", "C1", "OFF_DUTY;UNEXPLAINED");
        event(events, "invented-case-ref", "03-10T22:30", "P2", "S-OTHER", "PV/12345", "OFF_DUTY;UNEXPLAINED");
        event(events, "no-roster-at-night", "03-10T23:00", "P3", "S-NOBODY", "", null);
        for (int i = 1; i <= 8; i++) {
            event(events, "bulk-" + i, "03-12T10:%02d".formatted(i * 3), "P3", "S-BULK" + i, "",
                    "UNEXPLAINED;BULK");
        }
        event(events, "repeat-1", "03-05T10:00", "P2", "S-REPEAT", "", "UNEXPLAINED;REPEAT");
        event(events, "repeat-2", "03-12T10:00", "P2", "S-REPEAT", "", "UNEXPLAINED;REPEAT");
        event(events, "repeat-3", "03-19T10:00", "P2", "S-REPEAT", "", "UNEXPLAINED;REPEAT");
        event(events, "session-1-query", "03-06T11:00", "P2", "S-SESSION", "", null);
        event(events, "session-1-view", "03-06T11:01", "P2", "S-SESSION", "", null);
        event(events, "session-1-print", "03-06T11:02", "P2", "S-SESSION", "", null);
        event(events, "session-2-query", "03-13T11:00", "P2", "S-SESSION", "", null);
        events.subList(1, events.size()).sort((a, b) -> a.split(",")[1].compareTo(b.split(",")[1]));
        EVENTS = List.copyOf(events);
    }

    private LookupFixture() {
    }

    private static void event(List<String> events, String id, String time, String officer, String subject,
            String caseRef, String expected) {
        events.add("%s,2026-%s:00+01:00,%s,ANG,QUERY,%s,%s".formatted(id, time, officer, subject, caseRef));
        if (expected != null) {
            EXPECTED_ALERTS.put(id, expected);
        }
    }

    /** The events file's rows without header, in time order. */
    public static List<String> eventRows() {
        return EVENTS.subList(1, EVENTS.size());
    }

    /** Writes the data set; {@code events} replaces the events file (with its header). */
    public static Path writeTo(Path directory, List<String> events) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve("staff.csv"), STAFF);
        Files.write(directory.resolve("subjects.csv"), SUBJECTS);
        Files.write(directory.resolve("cases.csv"), CASES);
        Files.write(directory.resolve("case_subjects.csv"), CASE_SUBJECTS);
        Files.write(directory.resolve("relations.csv"), RELATIONS);
        Files.write(directory.resolve("rosters.csv"), ROSTERS);
        Files.write(directory.resolve("events.csv"), events);
        return directory;
    }

    public static Path writeTo(Path directory) throws IOException {
        return writeTo(directory, EVENTS);
    }
}
