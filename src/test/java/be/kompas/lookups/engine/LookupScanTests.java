package be.kompas.lookups.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.kompas.lookups.LookupFixture;

class LookupScanTests {

    @TempDir
    Path directory;

    @Test
    void proposesExactlyTheLookUpsEachRuleFlags() throws IOException {
        assertThat(alerts(LookupFixture.writeTo(directory), DetectionSettings.defaults()))
                .containsExactlyInAnyOrderEntriesOf(LookupFixture.EXPECTED_ALERTS);
    }

    @Test
    void countsLookUpsExplainedByAnOpenCaseOfTheOfficersTeam() throws IOException {
        ScanSummary summary = LookupScan.scan(LookupFixture.writeTo(directory), DetectionSettings.defaults(),
                alert -> { });
        // explained, explained-overtime, explained-namesake, explained-colleague, explained-household
        assertThat(summary.explained()).isEqualTo(5);
        assertThat(summary.events()).isEqualTo(LookupFixture.eventRows().size());
        assertThat(summary.badRowCount()).isZero();
    }

    @Test
    void findsTheSameAlertsWhenEventsArriveOutOfOrderWithinTheWindow() throws IOException {
        List<String> rows = new ArrayList<>(LookupFixture.eventRows());
        Collections.reverse(rows);
        List<String> events = new ArrayList<>(List.of(LookupFixture.EVENTS.get(0)));
        events.addAll(rows);
        DetectionSettings settings = DetectionSettings.defaults().withReorderWindow(Duration.ofDays(30));
        assertThat(alerts(LookupFixture.writeTo(directory, events), settings))
                .containsExactlyInAnyOrderEntriesOf(LookupFixture.EXPECTED_ALERTS);
    }

    @Test
    void putsABurstBackInOrderWithTheDefaultWindow() throws IOException {
        List<String> events = new ArrayList<>(LookupFixture.EVENTS);
        int first = indexOf(events, "bulk-1");
        Collections.reverse(events.subList(first, first + 8));
        ScanSummary summary = LookupScan.scan(LookupFixture.writeTo(directory, events), DetectionSettings.defaults(),
                alert -> { });
        assertThat(alerts(directory, DetectionSettings.defaults()))
                .containsExactlyInAnyOrderEntriesOf(LookupFixture.EXPECTED_ALERTS);
        assertThat(summary.lateEvents()).isZero();
    }

    @Test
    void readsQuotedFieldsAndWindowsLineEnds() throws IOException {
        List<String> events = new ArrayList<>();
        for (String row : LookupFixture.EVENTS) {
            String[] columns = row.split(",", -1);
            columns[0] = '"' + columns[0] + '"';
            columns[3] = "\"ANG, \"\"RRN\"\"\"";
            events.add(String.join(",", columns));
        }
        LookupFixture.writeTo(directory, events);
        Files.writeString(directory.resolve("events.csv"), String.join("\r\n", events) + "\r\n");
        assertThat(alerts(directory, DetectionSettings.defaults()))
                .containsExactlyInAnyOrderEntriesOf(LookupFixture.EXPECTED_ALERTS);
    }

    @Test
    void reportsBadRowsWithLineNumbersAndCarriesOn() throws IOException {
        List<String> events = new ArrayList<>(LookupFixture.EVENTS);
        events.add("short,2026-03-20T10:00:00+01:00,P1");
        events.add("bad-time,2026-03-20 10:00,P1,ANG,QUERY,S-NOBODY,");
        events.add("stranger,2026-03-20T10:00:00+01:00,P999,ANG,QUERY,S-NOBODY,");
        int firstBadLine = LookupFixture.EVENTS.size() + 1;
        Path out = directory.resolve("out");
        ScanSummary summary = LookupScan.scanToDirectory(LookupFixture.writeTo(directory.resolve("in"), events), out,
                DetectionSettings.defaults(), alert -> { });

        assertThat(summary.badRowCount()).isEqualTo(3);
        assertThat(summary.badRows()).extracting(BadRows.BadRow::line).containsExactly((long) firstBadLine,
                firstBadLine + 1L, firstBadLine + 2L);
        assertThat(summary.badRows()).extracting(BadRows.BadRow::error).satisfiesExactly(
                error -> assertThat(error).contains("missing column"),
                error -> assertThat(error).contains("bad timestamp"),
                error -> assertThat(error).contains("unknown officer 'P999'"));
        assertThat(summary.alerts()).isEqualTo(LookupFixture.EXPECTED_ALERTS.size());
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"bad_rows\": 3")
                .contains("\"line\": " + firstBadLine);
    }

    @Test
    void writesAlertsCsvAndSummaryJsonInTheExchangeFormat() throws IOException {
        Path out = directory.resolve("out");
        LookupScan.scanToDirectory(LookupFixture.writeTo(directory.resolve("in")), out, DetectionSettings.defaults(),
                alert -> { });
        List<String> rows = Files.readAllLines(out.resolve("alerts.csv"));
        assertThat(rows.get(0)).isEqualTo("event_id,officer_id,subject_id,score,reasons");
        assertThat(rows).contains("self,P1,S-P1,94,SELF;UNEXPLAINED");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"events\": ", "\"alerts\": ",
                "\"explained\": 5", "\"elapsed_ms\": ", "\"SELF\": 1", "\"BULK\": 8");
    }

    @Test
    void namesAMissingRequiredFile() throws IOException {
        Files.delete(LookupFixture.writeTo(directory).resolve("cases.csv"));
        assertThatThrownBy(() -> LookupScan.scan(directory, DetectionSettings.defaults(), alert -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("cases.csv");
    }

    @Test
    void namesAMissingRequiredColumn() throws IOException {
        List<String> events = new ArrayList<>(LookupFixture.EVENTS);
        events.set(0, "event_id,when,officer_id,source,action,subject_id,case_ref");
        LookupFixture.writeTo(directory, events);
        assertThatThrownBy(() -> LookupScan.scan(directory, DetectionSettings.defaults(), alert -> { }))
                .isInstanceOf(InputException.class).hasMessageContaining("events.csv").hasMessageContaining("'ts'");
    }

    @Test
    void runsWithoutTheOptionalFiles() throws IOException {
        LookupFixture.writeTo(directory);
        Files.delete(directory.resolve("rosters.csv"));
        Files.delete(directory.resolve("relations.csv"));
        Map<String, String> alerts = alerts(directory, DetectionSettings.defaults());
        assertThat(alerts).doesNotContainKeys("closed-case", "declared-relation").containsEntry("self",
                "SELF;UNEXPLAINED");
    }

    @Test
    void proposesMoreWithALowerThreshold() throws IOException {
        assertThat(alerts(LookupFixture.writeTo(directory), DetectionSettings.defaults().withThreshold(30)))
                .containsEntry("unexplained-alone", "UNEXPLAINED").containsEntry("explained-namesake", "SAME_SURNAME")
                .doesNotContainKey("explained");
    }

    @Test
    void updatesAnEarlierAlertWhenALaterRepeatGivesItAnotherReason() throws IOException {
        Files.writeString(directory.resolve("staff.csv"), "officer_id,surname,given_name,address_id,team_id\n"
                + "P1,Peeters,Jan,A1,T1\n");
        Files.writeString(directory.resolve("subjects.csv"), "subject_id,surname,given_name,address_id,officer_id,"
                + "flags\nS1,Peeters,Anna,A9,,\n");
        Files.writeString(directory.resolve("cases.csv"), "case_ref,team_id,opened_at,closed_at\n");
        Files.writeString(directory.resolve("case_subjects.csv"), "case_ref,subject_id\n");
        Files.writeString(directory.resolve("events.csv"), """
                event_id,ts,officer_id,source,action,subject_id,case_ref
                E1,2026-02-02T10:00:00+01:00,P1,ANG,QUERY,S1,
                E2,2026-02-05T10:00:00+01:00,P1,ANG,QUERY,S1,
                E3,2026-02-09T10:00:00+01:00,P1,ANG,QUERY,S1,
                """);
        Map<String, String> proposed = new LinkedHashMap<>();
        Map<String, String> updated = new LinkedHashMap<>();
        ScanSummary summary = LookupScan.scan(directory, DetectionSettings.defaults(), new ScanListener() {
            @Override
            public void alert(Alert alert) {
                proposed.put(alert.eventId(), alert.reasonCodes());
            }

            @Override
            public void updated(Alert alert) {
                updated.put(alert.eventId(), alert.reasonCodes());
            }
        });
        assertThat(proposed).containsEntry("E1", "SAME_SURNAME;UNEXPLAINED")
                .containsEntry("E3", "SAME_SURNAME;UNEXPLAINED;REPEAT");
        assertThat(updated).containsOnlyKeys("E1", "E2").containsEntry("E1", "SAME_SURNAME;UNEXPLAINED;REPEAT");
        assertThat(summary.alerts()).isEqualTo(3);
    }

    static Map<String, String> alerts(Path data, DetectionSettings settings) {
        Map<String, String> alerts = new LinkedHashMap<>();
        LookupScan.scan(data, settings, alert -> alerts.put(alert.eventId(), alert.reasonCodes()));
        return alerts;
    }

    private static int indexOf(List<String> events, String eventId) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(eventId + ",")) {
                return i;
            }
        }
        throw new IllegalArgumentException(eventId);
    }
}
