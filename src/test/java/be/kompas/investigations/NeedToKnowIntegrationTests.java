package be.kompas.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.tenancy.Organisations;

/** Only assigned investigators, the head of oversight and the decision maker read a case; nobody else. */
@KompasIntegrationTest
class NeedToKnowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoLogins logins;

    Cases cases;

    @BeforeEach
    void fixtures() {
        cases = new Cases(mvc, staff, organisations);
    }

    private String userId(String username) {
        return jdbc.sql("select id::text from app_user where username = :u").param("u", username)
                .query(String.class).single();
    }

    private String bearer(String username) {
        return "Bearer " + logins.byUsername(username).orElseThrow().apiToken();
    }

    @Test
    void onlyTheHeadTheDecisionMakerAndAssignedInvestigatorsReadACaseAndEveryReadIsShown() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("INTERNAL_OVERSIGHT", "Need to know", officer.personnelNumber());
        for (String reader : new String[] { "demo.ditlead", "demo.chief" }) {
            mvc.perform(get("/investigations/" + id).with(SignedIn.as(reader))).andExpect(status().isOk());
        }
        // Investigators who are not assigned, another zone, and roles with investigation rights elsewhere: as if absent.
        for (String outsider : new String[] { "demo.investigator", "demo.discipline", "demo.manager",
                "demo2.investigator", "demo2.chief" }) {
            mvc.perform(get("/investigations/" + id).with(SignedIn.as(outsider))).andExpect(status().isNotFound());
        }
        // Roles without any reading right, and the staff member concerned, are refused the page.
        for (String refused : new String[] { "demo.dpo", "demo.care", "demo.mayor", "demo.coordinator",
                "demo.officer", "aig.analyst" }) {
            mvc.perform(get("/investigations/" + id).with(SignedIn.as(refused))).andExpect(status().isForbidden());
        }
        cases.ok("demo.ditlead", post("/investigations/" + id + "/assign").param("investigator",
                userId("demo.investigator")));
        mvc.perform(get("/investigations/" + id).with(SignedIn.as("demo.investigator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("demo.chief")))
                .andExpect(content().string(containsString("demo.ditlead")));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type = 'investigations.case' and record_id = :id
                  and action = 'read' and actor = 'demo.investigator'""").param("id", id.toString())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theRegisterShowsOnlyThatCasesExist() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("DISCIPLINE", "Secret facts of the register case", officer.personnelNumber());
        mvc.perform(get("/investigations/register").with(SignedIn.as("demo.mayor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(jdbc.sql(
                        "select reference from investigation_case where id = :id").param("id", id)
                        .query(String.class).single())))
                .andExpect(content().string(not(containsString("Secret facts"))))
                .andExpect(content().string(not(containsString("Desmet"))));
        mvc.perform(get("/investigations/register").with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvestigatorIsNeverAssignedToThemselvesTheirTeamOrSomeoneTheyDeclaredAConflictWith() throws Exception {
        var self = cases.person("demo", "Willems");
        UUID own = cases.open("INTERNAL_OVERSIGHT", "About the investigator", self.personnelNumber());
        assertThat(cases.act("demo.ditlead", post("/investigations/" + own + "/assign").param("investigator",
                userId("demo.investigator")))).containsExactly("investigations.invalid.self");

        var colleague = staff.membersOf(organisations.findByCode("demo").orElseThrow().id(), self.unitId(), false).stream().filter(m -> !m.id().equals(self.id())).findFirst().orElseThrow();
        UUID team = cases.open("INTERNAL_OVERSIGHT", "About a team member", colleague.personnelNumber());
        assertThat(cases.act("demo.ditlead", post("/investigations/" + team + "/assign").param("investigator",
                userId("demo.investigator")))).containsExactly("investigations.invalid.ownTeam");

        var other = cases.person("demo", "Vermeulen");
        cases.ok("demo.investigator", post("/investigations/conflicts").param("personnelNumber",
                other.personnelNumber()).param("reason", "Brother-in-law"));
        UUID conflict = cases.open("INTERNAL_OVERSIGHT", "About a relative", other.personnelNumber());
        assertThat(cases.act("demo.ditlead", post("/investigations/" + conflict + "/assign").param("investigator",
                userId("demo.investigator")))).containsExactly("investigations.invalid.conflict");
        // Bureau Tucht's officer does not work on the Internal Supervision Office's cases.
        assertThat(cases.act("demo.ditlead", post("/investigations/" + conflict + "/assign").param("investigator",
                userId("demo.discipline")))).containsExactly("investigations.invalid.bureau");
    }

    @Test
    void theManagerWhoRunsAPerformanceProcessDoesNotInvestigate() throws Exception {
        // Someone outside the manager's own team, so that only the performance-process rule applies.
        var officer = cases.person("demo", "Jacobs");
        var manager = cases.person("demo", "Vermeulen");
        UUID id = cases.open("INTERNAL_OVERSIGHT", "Line case", officer.personnelNumber());
        cases.triageAndTrack(id, "LINE_INVESTIGATION");
        UUID concerned = jdbc.sql("select id from investigation_staff where case_id = :id").param("id", id)
                .query(UUID.class).single();
        cases.ok("demo.ditlead", post("/investigations/" + id + "/performance").param("concerned",
                concerned.toString()).param("manager", manager.personnelNumber()));
        assertThat(cases.act("demo.ditlead", post("/investigations/" + id + "/assign").param("investigator",
                userId("demo.manager")))).containsExactly("investigations.invalid.performanceProcess");
    }

    @Test
    void triageRulesBlockOrWarnBeforeTheTrackIsDecided() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("INTERNAL_OVERSIGHT", "Leak of data", officer.personnelNumber());
        cases.ok("demo.ditlead", post("/investigations/" + id + "/triage").param("facts", "A leak")
                .param("loggingNeeded", "true").param("criminalElements", "true"));
        mvc.perform(get("/investigations/" + id).param("check", "LINE_INVESTIGATION").param("lang", "en")
                .with(SignedIn.as("demo.chief"))).andExpect(content().string(containsString(
                        "Logging data must be requested, so a line investigation is excluded.")));
        assertThat(cases.act("demo.chief", post("/investigations/" + id + "/track").param("track",
                "LINE_INVESTIGATION"))).containsExactly("investigations.rule.loggingExcludesLine");
        assertThat(cases.act("demo.chief", post("/investigations/" + id + "/track").param("track",
                "LINE_CONVERSATION"))).containsExactly("investigations.rule.loggingExcludesLine");
        mvc.perform(post("/investigations/" + id + "/track").param("track", "JUDICIAL_INVESTIGATION")
                .with(SignedIn.as("demo.ditlead")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isForbidden());
        cases.ok("demo.chief", post("/investigations/" + id + "/track").param("track", "JUDICIAL_INVESTIGATION"));

        UUID warned = cases.open("INTERNAL_OVERSIGHT", "Three staff", officer.personnelNumber());
        cases.ok("demo.ditlead", post("/investigations/" + warned + "/triage").param("facts", "Rude")
                .param("criminalElements", "true"));
        assertThat(cases.act("demo.chief", post("/investigations/" + warned + "/track").param("track",
                "LINE_INVESTIGATION"))).containsExactly("investigations.invalid.overrideReason");
        cases.ok("demo.chief", post("/investigations/" + warned + "/track").param("track", "LINE_INVESTIGATION")
                .param("reason", "Minor criminal aspect already settled by the prosecutor"));
    }

    @Test
    void theApiListsReadableCasesAndAnswers404ToEveryoneElse() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("INTERNAL_OVERSIGHT", "API case", officer.personnelNumber());
        mvc.perform(get("/api/v1/cases/" + id).header("Authorization", bearer("demo.ditlead")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRIAGE"));
        mvc.perform(get("/api/v1/cases").header("Authorization", bearer("demo.chief")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        mvc.perform(get("/api/v1/cases").header("Authorization", bearer("demo.investigator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        for (String outsider : new String[] { "demo.investigator", "demo.discipline", "demo.officer", "demo.dpo",
                "demo2.investigator", "demo2.chief", "aig.analyst" }) {
            mvc.perform(get("/api/v1/cases/" + id).header("Authorization", bearer(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cases/" + UUID.randomUUID()).header("Authorization", bearer("demo.ditlead")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiShowsTheReceiptTheAcknowledgementTheExtensionAndTheTermsToReadersOnly() throws Exception {
        LocalDate received = LocalDate.now().minusDays(3);
        String location = mvc.perform(post("/investigations/new").param("origin", "WHISTLEBLOWER")
                .param("summary", "API terms " + UUID.randomUUID()).param("receivedOn", received.toString())
                .with(SignedIn.as("demo.ditlead")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String path = "/api/v1/cases/" + id;
        // Before the acknowledgement and the extension: neither shown, the acknowledgement term open.
        mvc.perform(get(path).header("Authorization", bearer("demo.ditlead"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.receivedOn").value(received.toString()))
                .andExpect(jsonPath("$.acknowledgedOn").doesNotExist())
                .andExpect(jsonPath("$.extension").doesNotExist())
                .andExpect(jsonPath("$.terms[?(@.code == 'acknowledge')].due")
                        .value(hasItem(received.plusDays(7).toString())))
                .andExpect(jsonPath("$.terms[?(@.code == 'acknowledge')].met").value(hasItem(false)))
                .andExpect(jsonPath("$.terms[?(@.code == 'acknowledge')].legal").value(hasItem(true)))
                .andExpect(jsonPath("$.terms[?(@.code == 'triage')].legal").value(hasItem(false)));
        cases.ok("demo.ditlead", post("/investigations/" + id + "/step").param("kind", "ACKNOWLEDGEMENT")
                .param("text", "Uw melding werd ontvangen."));
        cases.ok("demo.ditlead", post("/investigations/" + id + "/assign").param("investigator",
                userId("demo.investigator")));
        cases.ok("demo.investigator", post("/investigations/" + id + "/extension").param("weeks", "3")
                .param("reason", "Two witnesses are abroad."));
        LocalDate opened = jdbc.sql("select opened_on from investigation_case where id = :id").param("id", id)
                .query(LocalDate.class).single();
        for (String reader : new String[] { "demo.ditlead", "demo.chief", "demo.investigator" }) {
            mvc.perform(get(path).header("Authorization", bearer(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.receivedOn").value(received.toString()))
                    .andExpect(jsonPath("$.acknowledgedOn").value(LocalDate.now().toString()))
                    .andExpect(jsonPath("$.extension.weeks").value(3))
                    .andExpect(jsonPath("$.extension.reason").value("Two witnesses are abroad."))
                    .andExpect(jsonPath("$.extension.recordedOn").value(LocalDate.now().toString()))
                    .andExpect(jsonPath("$.terms[?(@.code == 'acknowledge')].met").value(hasItem(true)))
                    .andExpect(jsonPath("$.terms[?(@.code == 'feedback')].due")
                            .value(hasItem(LocalDate.now().plusMonths(3).toString())))
                    .andExpect(jsonPath("$.terms[?(@.code == 'whistleblowerInvestigation')].due")
                            .value(hasItem(opened.plusWeeks(23).toString())));
        }
        // Everyone else: as if the case did not exist, so none of its dates leak.
        for (String outsider : new String[] { "demo.discipline", "demo.officer", "demo.dpo", "demo2.investigator",
                "demo2.chief", "aig.analyst" }) {
            mvc.perform(get(path).header("Authorization", bearer(outsider))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Two witnesses"))));
        }
    }
}
