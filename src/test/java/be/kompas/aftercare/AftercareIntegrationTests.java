package be.kompas.aftercare;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.KompasIntegrationTest;
import be.kompas.calendar.WorkingDays;
import be.kompas.investigations.CaseClosed;
import be.kompas.investigations.CaseOpened;
import be.kompas.investigations.Track;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.tenancy.OrganisationId;

/**
 * Aftercare fed by {@link CaseOpened} and {@link CaseClosed}: the tasks, their owners and due dates in working days,
 * completing and reassigning them, the contacts log, the roles that may see them, another zone, and purging.
 */
@KompasIntegrationTest
class AftercareIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    List<PersonalDataHolder> holders;

    private record Task(UUID id, String kind, @Nullable UUID staff, @Nullable UUID owner, LocalDate dueOn,
            String status) {
    }

    private OrganisationId organisation(String code) {
        return new OrganisationId(jdbc.sql("select id from organisation where code = ?").param(code)
                .query(UUID.class).single());
    }

    private UUID staffOf(String username) {
        return jdbc.sql("select staff_member_id from app_user where username = ?").param(username)
                .query(UUID.class).single();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The case's tasks once the listener, which runs after the commit on another thread, made {@code count}. */
    private Map<String, Task> tasks(UUID caseId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from aftercare_task"
                + " where case_id = ?").param(caseId).query(Long.class).single() == count);
        return jdbc.sql("select id, kind, staff_id, owner_id, due_on, status from aftercare_task where case_id = ?")
                .param(caseId).query((rs, n) -> new Task(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list().stream().collect(Collectors.toMap(t -> t.kind() + (t.staff() == null ? "" : ":" + t.staff()),
                        t -> t));
    }

    private UUID closedCase(String org, List<UUID> staff, boolean breach, @Nullable String sanction,
            boolean reporter, LocalDate closedOn) {
        UUID caseId = UUID.randomUUID();
        publish(new CaseClosed(organisation(org), caseId, "AC-" + caseId.toString().substring(0, 8),
                Track.DISCIPLINARY_PROCEDURE, staff, breach, sanction, reporter, closedOn));
        return caseId;
    }

    @Test
    void anOpenedCaseStartsAWellbeingFollowUpForPersonnelCare() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID officer = staffOf("demo.officer");
        LocalDate opened = LocalDate.now().minusDays(1);
        publish(new CaseOpened(organisation("demo"), caseId, "AC-OPEN-1", List.of(officer), opened));
        var task = tasks(caseId, 1).get("WELLBEING_FOLLOW_UP:" + officer);
        assertThat(task.owner()).isEqualTo(userId("demo.care"));
        assertThat(task.dueOn()).isEqualTo(workingDays.addWorkingDays(organisation("demo"), opened, 2));
        mvc.perform(get("/aftercare").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("AC-OPEN-1")))
                .andExpect(content().string(containsString("Jonas Desmet")));
    }

    @Test
    void aClosedCaseWithASanctionPlansTalksRecoveryAndDebriefing() {
        UUID officer = staffOf("demo.officer");
        LocalDate closed = LocalDate.now();
        UUID caseId = closedCase("demo", List.of(officer), true, "REPRIMAND", true, closed);
        var tasks = tasks(caseId, 5);
        assertThat(tasks).containsOnlyKeys("STAFF_TALK:" + officer, "RECOVERY_PATH:" + officer,
                "DEBRIEFING:" + officer, "REPORTER_TALK", "TEAM_TALK");
        assertThat(tasks.get("TEAM_TALK").owner()).isEqualTo(userId("demo.coach"));
        assertThat(tasks.get("STAFF_TALK:" + officer).owner()).isEqualTo(userId("demo.care"));
        assertThat(tasks.get("RECOVERY_PATH:" + officer).dueOn())
                .isEqualTo(workingDays.addWorkingDays(organisation("demo"), closed, 20));
    }

    @Test
    void aClosedCaseWithoutBreachRestoresStandingAndHasNoRecoveryPath() {
        UUID officer = staffOf("demo.officer");
        UUID caseId = closedCase("demo", List.of(officer), false, null, false, LocalDate.now());
        assertThat(tasks(caseId, 4)).containsOnlyKeys("STAFF_TALK:" + officer, "REHABILITATION:" + officer,
                "DEBRIEFING:" + officer, "TEAM_TALK");
    }

    @Test
    void careCompletesATaskWithANoteAndTheTeamTalkChecklist() throws Exception {
        UUID officer = staffOf("demo.officer");
        UUID caseId = closedCase("demo", List.of(officer), true, "WARNING", false, LocalDate.now().minusDays(60));
        var tasks = tasks(caseId, 4);
        var talk = tasks.get("STAFF_TALK:" + officer);
        mvc.perform(get("/aftercare").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("task-" + talk.id())))
                .andExpect(content().string(containsString("tag danger overdue")));

        mvc.perform(post("/aftercare/tasks/" + talk.id() + "/complete").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("note", " ")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "aftercare.invalid.note"));
        mvc.perform(post("/aftercare/tasks/" + talk.id() + "/complete").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Talked for an hour; doing well."))
                .andExpect(flash().attribute("flash", "aftercare.flash.done"));
        var team = tasks.get("TEAM_TALK");
        mvc.perform(post("/aftercare/tasks/" + team.id() + "/complete").with(as("demo.coach")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Team talk held.")
                .param("steps", "MISSTEP_AND_METHOD", "LESSONS")).andExpect(flash().attribute("flash",
                        "aftercare.flash.done"));
        assertThat(jdbc.sql("select status || ' ' || checked_steps from aftercare_task where id = ?")
                .param(team.id()).query(String.class).single()).isEqualTo("DONE MISSTEP_AND_METHOD,LESSONS");
        assertThat(tasks(caseId, 4).get("STAFF_TALK:" + officer).status()).isEqualTo("DONE");
        mvc.perform(get("/aftercare/cases/" + caseId).with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Talked for an hour; doing well.")));
    }

    @Test
    void careReassignsAndOnlyTheOwnerOrCareCompletes() throws Exception {
        UUID officer = staffOf("demo.officer");
        UUID caseId = closedCase("demo", List.of(officer), false, null, false, LocalDate.now());
        var debriefing = tasks(caseId, 4).get("DEBRIEFING:" + officer);
        assertThat(debriefing.owner()).isEqualTo(userId("demo.coach"));
        mvc.perform(post("/aftercare/tasks/" + debriefing.id() + "/owner").with(as("demo.coach")).with(csrf())
                .param("caseId", caseId.toString()).param("owner", userId("demo.coach2").toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/aftercare/tasks/" + debriefing.id() + "/owner").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("owner", userId("demo.officer").toString()))
                .andExpect(flash().attribute("flash", "aftercare.invalid.owner"));
        mvc.perform(post("/aftercare/tasks/" + debriefing.id() + "/owner").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("owner", userId("demo.coach2").toString()))
                .andExpect(flash().attribute("flash", "aftercare.flash.reassigned"));
        mvc.perform(get("/aftercare").with(as("demo.coach2")))
                .andExpect(content().string(containsString("task-" + debriefing.id())));
        mvc.perform(get("/inbox").with(as("demo.coach2")))
                .andExpect(content().string(containsString("AC-" + caseId.toString().substring(0, 8))));
        mvc.perform(get("/aftercare").with(as("demo.coach")))
                .andExpect(content().string(not(containsString("task-" + debriefing.id()))));
        mvc.perform(post("/aftercare/tasks/" + debriefing.id() + "/complete").with(as("demo.coach")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Not mine.")).andExpect(status().isNotFound());
        mvc.perform(post("/aftercare/tasks/" + debriefing.id() + "/complete").with(as("demo.coach2")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Debriefed."))
                .andExpect(flash().attribute("flash", "aftercare.flash.done"));
    }

    @Test
    void careLogsContactsWithTheStaffMemberConcerned() throws Exception {
        UUID officer = staffOf("demo.officer");
        UUID caseId = UUID.randomUUID();
        publish(new CaseOpened(organisation("demo"), caseId, "AC-CONTACT", List.of(officer), LocalDate.now()));
        tasks(caseId, 1);
        mvc.perform(post("/aftercare/cases/" + caseId + "/contacts").with(as("demo.care")).with(csrf())
                .param("staffId", staffOf("demo.manager").toString()).param("note", "Wrong person."))
                .andExpect(flash().attribute("flash", "aftercare.invalid.staffId"));
        mvc.perform(post("/aftercare/cases/" + caseId + "/contacts").with(as("demo.care")).with(csrf())
                .param("staffId", officer.toString()).param("contactOn", LocalDate.now().toString())
                .param("note", "Phoned; sleeps badly, offered a talk."))
                .andExpect(flash().attribute("flash", "aftercare.flash.contact"));
        mvc.perform(get("/aftercare/cases/" + caseId).with(as("demo.care")))
                .andExpect(content().string(containsString("Phoned; sleeps badly, offered a talk.")));
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'aftercare-plan' and record_id = ?"
                + " and action in ('read', 'aftercare.contact.logged')").param(caseId.toString()).query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void investigatorsOfficersAndOthersSeeNoAftercare() throws Exception {
        UUID caseId = closedCase("demo", List.of(staffOf("demo.officer")), false, null, false, LocalDate.now());
        tasks(caseId, 4);
        for (String user : List.of("demo.officer", "demo.investigator", "demo.ditlead", "demo.manager")) {
            mvc.perform(get("/aftercare").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/aftercare/cases").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/aftercare/cases/" + caseId).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/aftercare/cases").with(as("demo.coach"))).andExpect(status().isForbidden());
        mvc.perform(get("/aftercare/cases").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(caseId.toString())));
    }

    @Test
    void anotherZoneSeesNoneOfThisZonesAftercare() throws Exception {
        UUID caseId = UUID.randomUUID();
        publish(new CaseOpened(organisation("demo2"), caseId, "AC-ZONE2", List.of(staffOf("demo2.officer")),
                LocalDate.now()));
        var task = tasks(caseId, 1).values().iterator().next();
        assertThat(task.owner()).isNull();
        mvc.perform(get("/aftercare/cases/" + caseId).with(as("demo.care"))).andExpect(status().isNotFound());
        mvc.perform(get("/aftercare/cases").with(as("demo.care")))
                .andExpect(content().string(not(containsString("AC-ZONE2"))));
        mvc.perform(post("/aftercare/tasks/" + task.id() + "/complete").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Not my zone.")).andExpect(status().isNotFound());
    }

    @Test
    void subjectAccessFindsAndRetentionPurgesDoneTasksAndContacts() throws Exception {
        var holder = holders.stream().filter(h -> h.recordTypes().stream()
                .anyMatch(t -> t.code().equals("aftercare.task"))).findFirst().orElseThrow();
        UUID staff = staffOf("demo.manager");
        UUID caseId = closedCase("demo", List.of(staff), true, "WARNING", false, LocalDate.now());
        var talk = tasks(caseId, 4).get("STAFF_TALK:" + staff);
        mvc.perform(post("/aftercare/tasks/" + talk.id() + "/complete").with(as("demo.care")).with(csrf())
                .param("caseId", caseId.toString()).param("note", "Purge me."));
        mvc.perform(post("/aftercare/cases/" + caseId + "/contacts").with(as("demo.care")).with(csrf())
                .param("staffId", staff.toString()).param("note", "Contact to purge."));
        var found = holder.findAbout(organisation("demo"), "Vermeulen");
        assertThat(found).extracting(r -> r.recordType()).contains("aftercare.task", "aftercare.contact");
        assertThat(holder.findAbout(organisation("demo2"), "Vermeulen")).isEmpty();

        Instant later = Instant.now().plus(Duration.ofDays(2));
        assertThat(holder.purge(organisation("demo"), "aftercare.task", later)).isPositive();
        assertThat(holder.purge(organisation("demo"), "aftercare.contact", later)).isPositive();
        var left = tasks(caseId, 3);
        assertThat(left).doesNotContainKey("STAFF_TALK:" + staff);
        assertThat(left.values()).allSatisfy(t -> assertThat(t.status()).isEqualTo("OPEN"));
        assertThat(jdbc.sql("select count(*) from aftercare_contact where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }
}
