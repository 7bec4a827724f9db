package be.kompas.lookups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.audit.AuditEntry;
import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.lookups.LookupAlertConfirmed;
import be.kompas.people.StaffMemberId;
import be.kompas.storage.StorageSettings;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
@RecordApplicationEvents
class LookupReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    ReviewRepository repository;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail trail;

    @Autowired
    StorageSettings storage;

    @Autowired
    WatchedDirectory watched;

    @Autowired
    LookupRecordsHolder holder;

    @Autowired
    be.kompas.identity.UserManagement users;

    @Autowired
    be.kompas.people.StaffDirectory staff;

    @TempDir
    Path temp;

    @Test
    void importsAnUploadedZipAndStoresItsAlerts() throws Exception {
        Path zip = DataSets.zipped(DataSets.generated(temp, 20_000, 11));
        String location = mvc.perform(multipart("/lookups/imports").file(upload(zip))
                .with(SignedIn.as("demo.investigator")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        ImportView done = awaitDone(id);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.events()).isEqualTo(20_000);
        assertThat(done.alerts()).isPositive();
        assertThat(repository.alerts(demo(), query(id), PageRequest.of(0, 5)).total()).isEqualTo(done.alerts());
        mvc.perform(get("/lookups/alerts").param("importId", id.toString()).with(SignedIn.as("demo.investigator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("OFF-")));
        mvc.perform(get(location).with(SignedIn.as("demo.investigator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-queue\"")));
        // The uploaded files are gone once imported.
        assertThat(storage.dataDir().resolve("lookups").resolve(id.toString())).doesNotExist();
    }

    @Test
    void reportsProgressWhileTheScanRuns() throws Exception {
        Path zip = DataSets.zipped(DataSets.generated(temp, 400_000, 12));
        String location = mvc.perform(multipart("/lookups/imports").file(upload(zip))
                .with(SignedIn.as("demo.coordinator")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var seen = new ArrayList<Integer>();
        ImportView current = repository.findImport(demo(), id).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (current.running() && System.nanoTime() < deadline) {
            seen.add(current.percent());
            Thread.sleep(5);
            current = repository.findImport(demo(), id).orElseThrow();
        }
        assertThat(current.percent()).isEqualTo(100);
        assertThat(seen).isNotEmpty().isSorted().allMatch(percent -> percent < 100);
        mvc.perform(get(location + "/progress").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"100\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }

    @Test
    void refusesAZipWhoseEntriesLeaveTheirDirectory() throws Exception {
        Path zip = DataSets.zip(temp, Map.of("../../../escaped.csv", "x".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(multipart("/lookups/imports").file(upload(zip)).with(SignedIn.as("demo.coordinator"))
                .with(csrf())).andExpect(redirectedUrl("/lookups"))
                .andExpect(flash().attribute("flash", "lookups.import.error.unsafePath"));
        try (var files = Files.walk(storage.dataDir())) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("escaped.csv"))).isEmpty();
        }
    }

    @Test
    void showsPseudonymsAndRevealsOnlyAfterASecondPersonApproves() throws Exception {
        UUID importId = importFresh(13);
        var top = topAlert(importId);
        var row = repository.alert(demo(), top.id()).orElseThrow();
        String page = "/lookups/alerts/" + top.id();
        mvc.perform(get(page).with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(top.officerPseudonym())))
                .andExpect(content().string(not(containsString(">" + row.officerId() + "<"))))
                .andExpect(content().string(not(containsString(": " + row.officerId()))));

        mvc.perform(post(page + "/reveal").param("motivation", "Pattern of repeats").with(SignedIn.as(
                "demo.coordinator")).with(csrf())).andExpect(flash().attribute("flash", "lookups.reveal.requested"));
        UUID reveal = repository.revealOf(demo(), top.id(), "demo.coordinator").orElseThrow().id();
        mvc.perform(post("/lookups/reveals/" + reveal + "/approve").with(SignedIn.as("demo.coordinator"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(page).with(SignedIn.as("demo.coordinator")))
                .andExpect(content().string(containsString("id=\"reveal-pending\"")))
                .andExpect(content().string(not(containsString("id=\"identity\""))));
        mvc.perform(get("/lookups/reveals").with(SignedIn.as("demo.ditlead")))
                .andExpect(content().string(containsString(reveal.toString())));

        mvc.perform(post("/lookups/reveals/" + reveal + "/approve").with(SignedIn.as("demo.ditlead")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(SignedIn.as("demo.coordinator")))
                .andExpect(content().string(containsString("id=\"identity\"")))
                .andExpect(content().string(containsString(row.officerId())))
                .andExpect(content().string(containsString(row.subjectId())));
        // The approver does not see the identities themself.
        mvc.perform(get(page).with(SignedIn.as("demo.ditlead")))
                .andExpect(content().string(not(containsString("id=\"identity\""))));

        assertThat(trail.historyOf(demo(), "lookup-alert", top.id())).extracting(AuditEntry::action)
                .contains("lookups.reveal.requested", "lookups.reveal.approved", "read");
        assertThat(trail.historyOf(demo(), "lookup-alert-identity", top.id()))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("demo.coordinator"));
    }

    @Test
    void aJustifiedAlertWithARuleIsNotProposedAgain() throws Exception {
        Path data = DataSets.generated(temp, 20_000, 14);
        UUID first = imports.importDirectory(demo(), "first", data, "test");
        var top = topAlert(first);
        mvc.perform(post("/lookups/alerts/" + top.id() + "/justify").param("explanation", "Family liaison duty")
                .param("rule", "OFFICER_SUBJECT").with(SignedIn.as("demo.coordinator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.alert.justified"));
        mvc.perform(get("/lookups/alerts/" + top.id()).with(SignedIn.as("demo.coordinator")))
                .andExpect(content().string(containsString("Family liaison duty")));
        mvc.perform(get("/lookups/rules").with(SignedIn.as("demo.coordinator")))
                .andExpect(content().string(containsString(top.officerPseudonym())));

        // Imported again: what the rule covers is counted, the rest keeps its first alert instead of a second one.
        UUID second = imports.importDirectory(demo(), "second", data, "test");
        assertThat(repository.alerts(demo(), query(second), PageRequest.of(0, 10_000)).content()).isEmpty();
        assertThat(repository.findImport(demo(), second).orElseThrow().suppressed()).isPositive();
        assertThat(repository.alerts(demo(), query(first), PageRequest.of(0, 10_000)).content())
                .filteredOn(a -> a.eventId().equals(top.eventId())).singleElement()
                .extracting(AlertSummary::status).isEqualTo("JUSTIFIED");
    }

    @Test
    void refusesADecisionWithoutExplanation() throws Exception {
        UUID importId = importFresh(15);
        var top = topAlert(importId);
        mvc.perform(post("/lookups/alerts/" + top.id() + "/justify").param("explanation", " ")
                .with(SignedIn.as("demo.coordinator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.decision.explanation.required"));
        assertThat(repository.alert(demo(), top.id()).orElseThrow().summary().status()).isEqualTo("OPEN");
    }

    @Test
    void anUnjustifiedAlertGoesToInternalOversight(ApplicationEvents events) throws Exception {
        UUID importId = importFresh(16);
        var top = topAlert(importId);
        mvc.perform(post("/lookups/alerts/" + top.id() + "/confirm").param("explanation", "No reason at all")
                .with(SignedIn.as("demo.investigator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.alert.forwarded"));
        assertThat(events.stream(LookupAlertConfirmed.class).filter(e -> e.alertId().equals(top.id())))
                .singleElement().satisfies(event -> {
                    assertThat(event.organisationId()).isEqualTo(demo());
                    assertThat(event.officerPseudonym()).isEqualTo(top.officerPseudonym());
                    assertThat(event.officerId()).isNull();
                    assertThat(event.reasons()).isEqualTo(top.reasonCodes());
                });
        mvc.perform(get("/lookups/alerts/" + top.id()).with(SignedIn.as("demo.investigator")))
                .andExpect(content().string(containsString("id=\"forwarded\"")));
    }

    @Test
    void theDpoSeesTheProcessButNoIdentities() throws Exception {
        UUID importId = importFresh(17);
        var alerts = repository.alerts(demo(), query(importId), PageRequest.of(0, 3)).content();
        String page = mvc.perform(get("/lookups/oversight").with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"per-reason\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("OFF-", "SUB-");
        for (var alert : alerts) {
            var row = repository.alert(demo(), alert.id()).orElseThrow();
            assertThat(page).doesNotContain(row.officerId() + "<", row.subjectId() + "<");
        }
        mvc.perform(get("/lookups/alerts").with(SignedIn.as("demo.dpo"))).andExpect(status().isForbidden());
        mvc.perform(get("/lookups/alerts/" + alerts.get(0).id()).with(SignedIn.as("demo.dpo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/lookups/trends").with(SignedIn.as("demo.dpo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void anotherZoneGetsNotFound() throws Exception {
        UUID importId = importFresh(18);
        var top = topAlert(importId);
        mvc.perform(get("/lookups/imports/" + importId).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/lookups/imports/" + importId + "/progress").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/lookups/alerts/" + top.id()).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/lookups/alerts/" + top.id() + "/justify").param("explanation", "x")
                .with(SignedIn.as("demo2.coordinator")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/lookups/alerts").param("importId", importId.toString())
                .with(SignedIn.as("demo2.coordinator"))).andExpect(status().isNotFound());
        assertThat(repository.alert(demo(), top.id()).orElseThrow().summary().status()).isEqualTo("OPEN");
    }

    @Test
    void refusesUsersWithoutTheReviewPermission() throws Exception {
        for (String user : new String[] { "demo.officer", "demo.manager", "demo.coach", "demo.dpo" }) {
            mvc.perform(get("/lookups").with(SignedIn.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/lookups/alerts/" + UUID.randomUUID() + "/justify").param("explanation", "x")
                .with(SignedIn.as("demo.dpo")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/lookups/oversight").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/lookups/trends").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoZoneHasAQueueToReview() throws Exception {
        mvc.perform(get("/lookups").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("synthetic-20000-7.zip")));
        mvc.perform(get("/lookups/alerts").param("reason", "SELF").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-link")));
    }

    @Test
    void importsReadyDataSetsFromTheWatchedDirectory() throws Exception {
        Path root = Files.createDirectories(temp.resolve("watched"));
        Path ready = Files.move(DataSets.generated(temp, 20_000, 19), Files.createDirectories(root.resolve("demo"))
                .resolve("export-ready"));
        Files.createFile(ready.resolve(WatchedDirectory.READY));
        Path copying = Files.move(DataSets.generated(temp, 2_000, 20), root.resolve("demo/export-copying"));
        Path otherZone = Files.move(DataSets.generated(temp, 2_000, 20), Files.createDirectories(root
                .resolve("no-such-zone")).resolve("export"));
        Files.createFile(otherZone.resolve(WatchedDirectory.READY));

        assertThat(watched.importReady(root)).isEqualTo(1);
        assertThat(root.resolve("demo/export-ready" + WatchedDirectory.IMPORTED)).isDirectory();
        assertThat(copying).isDirectory();
        assertThat(repository.imports(demo(), 50)).filteredOn(i -> i.label().equals("export-ready"))
                .singleElement().satisfies(i -> assertThat(i.alerts()).isPositive());
        assertThat(watched.importReady(root)).isZero();
    }

    @Test
    void aReimportAddsLaterReasonsToTheAlertInsteadOfDuplicatingIt() throws Exception {
        // The same officer looks up a namesake three times, days apart: the third completes a repeat.
        String events = """
                event_id,ts,officer_id,source,action,subject_id,case_ref
                RI-1,2026-02-02T10:00:00+01:00,RI-P1,ANG,QUERY,RI-S1,
                RI-2,2026-02-05T10:00:00+01:00,RI-P1,ANG,QUERY,RI-S1,
                RI-3,2026-02-09T10:00:00+01:00,RI-P1,ANG,QUERY,RI-S1,
                """;
        UUID first = imports.importDirectory(demo(), "february-week-1",
                handMade(events.lines().limit(2).toList()), "test");
        var before = repository.alerts(demo(), query(first), PageRequest.of(0, 10)).content();
        assertThat(before).singleElement().extracting(AlertSummary::reasonCodes)
                .isEqualTo(java.util.List.of("SAME_SURNAME", "UNEXPLAINED"));

        UUID second = imports.importDirectory(demo(), "february", handMade(events.lines().toList()), "test");
        var after = repository.alerts(demo(), query(first), PageRequest.of(0, 10)).content();
        assertThat(after).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo(before.get(0).id());
            assertThat(alert.reasonCodes()).containsExactly("SAME_SURNAME", "UNEXPLAINED", "REPEAT");
            assertThat(alert.score()).isGreaterThan(before.get(0).score());
        });
        assertThat(repository.alerts(demo(), query(second), PageRequest.of(0, 10)).content())
                .extracting(AlertSummary::eventId).containsExactlyInAnyOrder("RI-2", "RI-3");
    }

    /** A data set of one officer, a namesake and an unrelated person with a case of the officer's team. */
    private Path handMade(java.util.List<String> events) throws Exception {
        Path data = Files.createTempDirectory(temp, "hand-");
        Files.writeString(data.resolve("staff.csv"), "officer_id,surname,given_name,address_id,team_id\n"
                + "RI-P1,Peeters,Jan,RI-A1,RI-T1\n");
        Files.writeString(data.resolve("subjects.csv"), "subject_id,surname,given_name,address_id,officer_id,flags\n"
                + "RI-S1,Peeters,Anna,RI-A9,,\nRI-S2,Claes,Tom,RI-A8,,\n");
        Files.writeString(data.resolve("cases.csv"), "case_ref,team_id,opened_at,closed_at\n"
                + "RI-C1,RI-T1,2026-01-01T00:00:00+01:00,\n");
        Files.writeString(data.resolve("case_subjects.csv"), "case_ref,subject_id\nRI-C1,RI-S2\n");
        Files.write(data.resolve("events.csv"), events);
        return data;
    }

    @Test
    void samplesPerTeamAndMonthGoToTheLineManagerTheRuleGives() throws Exception {
        Path data = DataSets.generated(temp, 20_000, 22);
        // All look-ups of the first officer's team become demo.officer's, whose first-line manager is demo.manager.
        var officer = users.list(demo(), "demo.officer", PageRequest.of(0, 1)).content().get(0);
        String number = staff.find(demo(), new StaffMemberId(java.util.Objects.requireNonNull(
                officer.staffMemberId()))).orElseThrow().personnelNumber();
        var staffRows = Files.readAllLines(data.resolve("staff.csv"));
        String team = staffRows.get(1).split(",")[4];
        var teamOfficers = staffRows.stream().skip(1).map(l -> l.split(",")).filter(f -> f[4].equals(team))
                .map(f -> f[0]).collect(java.util.stream.Collectors.toSet());
        String renamed = staffRows.get(1).split(",")[0];
        for (String file : new String[] { "staff.csv", "subjects.csv", "rosters.csv", "relations.csv" }) {
            Files.write(data.resolve(file), Files.readAllLines(data.resolve(file)).stream()
                    .map(l -> l.replaceAll("(?<=^|,)" + renamed + "(?=,|$)", number)).toList());
        }
        Files.write(data.resolve("events.csv"), Files.readAllLines(data.resolve("events.csv")).stream().map(l -> {
            String[] f = l.split(",", -1);
            if (teamOfficers.contains(f[2])) {
                f[2] = number;
            }
            return String.join(",", f);
        }).toList());
        UUID importId = imports.importDirectory(demo(), "sampled", data, "test");
        var groups = repository.sampleTeams(demo(), importId);
        assertThat(groups).isNotEmpty().allSatisfy(t -> assertThat(t.size()).isBetween(1, 5));
        // Monthly: the 90 days of look-ups give each team a sample per month.
        var ours = groups.stream().filter(t -> t.teamId().equals(team)).toList();
        assertThat(ours).extracting(SampleTeam::month).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates()
                .allMatch(m -> m.matches("\\d{4}-\\d{2}"));
        var group = ours.get(0);
        mvc.perform(get("/lookups/imports/" + importId).with(SignedIn.as("demo.coordinator")))
                .andExpect(content().string(containsString("send-" + team + "-" + group.month())));
        var other = groups.stream().filter(t -> !t.teamId().equals(team)).findFirst().orElseThrow();
        mvc.perform(post("/lookups/imports/" + importId + "/samples").param("team", other.teamId())
                .param("month", other.month()).with(SignedIn.as("demo.coordinator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.samples.noManager"));
        mvc.perform(post("/lookups/imports/" + importId + "/samples").param("team", team)
                .param("month", group.month()).with(SignedIn.as("demo.coordinator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.samples.sent"));
        assertThat(repository.sampleTeams(demo(), importId)).filteredOn(t -> t.teamId().equals(team)
                && t.month().equals(group.month())).singleElement().satisfies(t -> {
                    assertThat(t.sent()).isEqualTo(t.size());
                    assertThat(t.sentTo()).isEqualTo("demo.manager");
                });
        assertThat(repository.samplesSentTo(demo(), "demo.manager"))
                .filteredOn(s -> s.officerId().equals(number) && s.status().equals("SENT"))
                .hasSize(group.size()).allSatisfy(s -> assertThat(s.teamId()).isEqualTo(team));
    }

    @Test
    void aLineManagerConfirmsASampleOfExplainedLookUps() throws Exception {
        Path data = DataSets.generated(temp, 20_000, 25);
        UUID importId = imports.importDirectory(demo(), "sampled", data, "test");
        var teams = repository.sampleTeams(demo(), importId);
        assertThat(teams).isNotEmpty().allSatisfy(t -> assertThat(t.size()).isBetween(1, 5));
        String team = teams.get(0).teamId();
        // Sent by hand here: which manager the rule gives is the test above.
        var ids = new java.util.HashSet<UUID>();
        for (var group : teams.stream().filter(t -> t.teamId().equals(team)).toList()) {
            repository.unanswered(demo(), importId, team, group.month()).forEach(sample -> {
                ids.add(sample.getKey());
                repository.send(demo(), sample.getKey(), "demo.manager", java.time.Instant.now());
            });
        }

        var sent = repository.samplesSentTo(demo(), "demo.manager").stream().filter(s -> ids.contains(s.id()))
                .toList();
        assertThat(sent).hasSize(teams.stream().filter(t -> t.teamId().equals(team)).mapToInt(SampleTeam::size).sum());
        // Sampled look-ups are explained ones: never planted, never proposed.
        var planted = Files.readAllLines(data.resolve("ground-truth.csv")).stream().map(l -> l.split(",")[0])
                .toList();
        var proposed = repository.alerts(demo(), query(importId), PageRequest.of(0, 200)).content().stream()
                .map(AlertSummary::eventId).toList();
        assertThat(sent).extracting(SampleView::eventId).doesNotContainAnyElementsOf(planted)
                .doesNotContainAnyElementsOf(proposed);

        mvc.perform(get("/lookups/samples").with(SignedIn.as("demo.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(sent.get(0).caseRef())));
        mvc.perform(post("/lookups/samples/" + sent.get(0).id() + "/confirm").with(SignedIn.as("demo.manager"))
                .with(csrf())).andExpect(flash().attribute("flash", "lookups.samples.confirmed"));
        mvc.perform(post("/lookups/samples/" + sent.get(1 % sent.size()).id() + "/question")
                .with(SignedIn.as("demo.coordinator")).with(csrf())).andExpect(status().isForbidden());
        assertThat(repository.samplesSentTo(demo(), "demo.manager")).filteredOn(s -> s.id().equals(sent.get(0).id()))
                .singleElement().extracting(SampleView::status).isEqualTo("CONFIRMED");
        assertThat(trail.historyOf(demo(), "lookup-sample", sent.get(0).id())).extracting(AuditEntry::action)
                .contains("read", "lookups.sample.confirmed");
    }

    @Test
    void subjectAccessFindsAlertsAndRetentionPurgesThemButForRules() throws Exception {
        var zone = organisations.findByCode("demo2").orElseThrow().id();
        UUID importId = imports.importDirectory(zone, "retention", DataSets.generated(temp, 20_000, 23), "test");
        var alerts = repository.alerts(zone, query(importId), PageRequest.of(0, 2)).content();
        var kept = repository.alert(zone, alerts.get(0).id()).orElseThrow();
        mvc.perform(post("/lookups/alerts/" + kept.summary().id() + "/justify").param("explanation", "Known case")
                .param("rule", "OFFICER_SUBJECT").with(SignedIn.as("demo2.coordinator")).with(csrf()))
                .andExpect(flash().attribute("flash", "lookups.alert.justified"));
        assertThat(holder.findAbout(zone, kept.officerId())).extracting(r -> r.recordId())
                .contains(kept.summary().id().toString());
        assertThat(holder.findAbout(demo(), kept.officerId())).noneMatch(r -> r.recordId().equals(kept.summary()
                .id().toString()));

        assertThat(holder.purge(zone, "lookups.alert", java.time.Instant.now().plusSeconds(1))).isPositive();
        assertThat(repository.alerts(zone, query(importId), PageRequest.of(0, 10)).content())
                .extracting(AlertSummary::id).containsExactly(kept.summary().id());
        assertThat(repository.sampleTeams(zone, importId)).isEmpty();
    }

    @Test
    void filtersTheQueueByReasonOfficerPeriodAndStatus() throws Exception {
        UUID importId = importFresh(24);
        var all = repository.alerts(demo(), query(importId), PageRequest.of(0, 200)).content();
        var top = all.get(0);
        assertThat(all).extracting(AlertSummary::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String reason = top.reasonCodes().get(0);
        var day = top.occurredAt().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate();
        String html = mvc.perform(get("/lookups/alerts").param("importId", importId.toString())
                .param("reason", reason).param("officer", top.officerPseudonym().toLowerCase())
                .param("from", day.toString()).param("to", day.toString()).param("status", "OPEN")
                .with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long expected = all.stream().filter(a -> a.reasonCodes().contains(reason)
                && a.officerPseudonym().equals(top.officerPseudonym()) && a.occurredAt().atZone(
                        java.time.ZoneId.of("Europe/Brussels")).toLocalDate().equals(day)).count();
        assertThat(html.split("class=\"alert-link\"", -1).length - 1).isEqualTo((int) expected);
        assertThat(html).contains(top.id().toString()).doesNotContain(all.stream()
                .filter(a -> !a.officerPseudonym().equals(top.officerPseudonym())).findFirst().orElseThrow().id()
                .toString());
        mvc.perform(get("/lookups/alerts").param("importId", importId.toString()).param("status", "JUSTIFIED")
                .with(SignedIn.as("demo.coordinator"))).andExpect(content().string(not(containsString("alert-link"))));
    }

    private AlertSummary topAlert(UUID importId) {
        return repository.alerts(demo(), query(importId), PageRequest.of(0, 1)).content().get(0);
    }

    private UUID importFresh(long seed) throws Exception {
        return imports.importDirectory(demo(), "seed-" + seed, DataSets.generated(temp, 20_000, seed), "test");
    }

    private ImportView awaitDone(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        ImportView current = repository.findImport(demo(), id).orElseThrow();
        while (current.running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            current = repository.findImport(demo(), id).orElseThrow();
        }
        return current;
    }

    private static AlertQuery query(UUID importId) {
        return new AlertQuery(importId, null, null, null, null, null);
    }

    private static MockMultipartFile upload(Path zip) throws Exception {
        return new MockMultipartFile("file", zip.getFileName().toString(), "application/zip", Files.readAllBytes(zip));
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
