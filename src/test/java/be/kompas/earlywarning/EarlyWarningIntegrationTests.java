package be.kompas.earlywarning;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.KompasIntegrationTest;
import be.kompas.Menu;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.tenancy.OrganisationId;

/**
 * Early warning on the demo data: the demo officers' use-of-force alerts, who may see and review them, the rules as
 * versioned data, and the exposure import.
 */
@KompasIntegrationTest
class EarlyWarningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoLogins logins;

    @Autowired
    EarlyWarning earlyWarning;

    @Autowired
    Clock clock;

    /** The demo officer's use-of-force alert in a zone. */
    private UUID officerAlert(String zone) {
        List<UUID> alerts = officerAlerts(zone, "use-of-force-rate");
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + logins.byUsername(username).orElseThrow().apiToken());
    }

    @Test
    void theDemoOfficersHighRateAlertIsExplainedAndGoesToTheCoordinatorNotTheLineManager() throws Exception {
        UUID id = officerAlert("demo");
        var reviewer = jdbc.sql("select reviewer_name from earlywarning_alert where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(reviewer).isEqualTo("Ilse Wouters");
        var notified = jdbc.sql("select u.username from notification n join app_user u on u.id = n.user_id"
                + " where n.link = :link").param("link", "/early-warning/alerts/" + id).query(String.class).list();
        assertThat(notified).containsExactly("demo.coordinator");
        mvc.perform(get("/early-warning/alerts/" + id).param("lang", "en").with(as("demo.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        containsString("use-of-force reports in 6 months; percentile 95 among 9 peers")))
                .andExpect(content().string(containsString("after adjusting for")))
                .andExpect(content().string(containsString("use-of-force-rate, version 1")))
                .andExpect(content().string(containsString("never sanction")));
        // The line manager of the officer holds the reviewer permission, but this alert is not theirs to see.
        mvc.perform(get("/early-warning/alerts/" + id).with(as("demo.manager"))).andExpect(status().isNotFound());
        mvc.perform(post("/early-warning/alerts/" + id + "/assessment").param("assessment", "x")
                .param("outcome", "NO_ACTION").with(as("demo.manager")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/early-warning/inbox").with(as("demo.manager"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Jonas Desmet"))));
    }

    @Test
    void theOfficerSeesTheirOwnFileAndNothingElse() throws Exception {
        UUID own = officerAlert("demo");
        mvc.perform(get("/early-warning/mine").param("lang", "en").with(as("demo.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("use-of-force reports in 6 months")))
                .andExpect(content().string(containsString(own.toString())));
        mvc.perform(get("/early-warning/alerts/" + own).with(as("demo.officer"))).andExpect(status().isOk());
        UUID other = jdbc.sql("""
                select a.id from earlywarning_alert a join organisation o on o.id = a.organisation_id
                where o.code = 'demo' and a.staff_id <> (select staff_id from earlywarning_alert where id = :own)
                limit 1""").param("own", own).query(UUID.class).single();
        mvc.perform(get("/early-warning/alerts/" + other).with(as("demo.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/early-warning").with(as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/early-warning/inbox").with(as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/early-warning/alerts/" + own + "/assessment").param("assessment", "mine")
                .param("outcome", "NO_ACTION").with(as("demo.officer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMenuLeadsEachRoleToItsEarlyWarningPages() throws Exception {
        var pages = List.of("/early-warning", "/early-warning/inbox", "/early-warning/mine");
        // Every role here but the AIG's comes with the staff member's role, and with it one's own file.
        var expected = Map.of("demo.coordinator", List.of("/early-warning", "/early-warning/inbox",
                "/early-warning/mine"), "demo.care", List.of("/early-warning/inbox", "/early-warning/mine"),
                "demo.manager", List.of("/early-warning/inbox", "/early-warning/mine"),
                "demo.officer", List.of("/early-warning/mine"),
                "aig.analyst", List.<String>of());
        Menu.leadsTo(mvc, pages, expected);
    }

    @Test
    void anotherZoneSeesNoneOfTheseAlerts() throws Exception {
        UUID demoAlert = officerAlert("demo");
        mvc.perform(get("/early-warning/alerts/" + demoAlert).with(as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/early-warning").with(as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sarah Martin")))
                .andExpect(content().string(not(containsString("Jonas Desmet"))));
        UUID demo2Alert = officerAlert("demo2");
        mvc.perform(get("/early-warning/alerts/" + demo2Alert).with(as("demo.coordinator")))
                .andExpect(status().isNotFound());
        // demo2 raised its rule to version 2 (percentile 90 for its nine peers); the alert keeps that version.
        mvc.perform(get("/early-warning/alerts/" + demo2Alert).param("lang", "en").with(as("demo2.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("use-of-force-rate, version 2")));
    }

    @Test
    void theReviewerRecordsAnAssessmentAndHowTheStaffMemberWasInformed() throws Exception {
        UUID id = officerAlert("demo2");
        mvc.perform(post("/early-warning/alerts/" + id + "/assessment").param("assessment", "")
                .param("outcome", "SUPPORT").with(as("demo2.coordinator")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"assessment-text\"")));
        mvc.perform(post("/early-warning/alerts/" + id + "/assessment")
                .param("assessment", "Entretien : interventions lourdes en fin de service, pas de faute.")
                .param("outcome", "CONVERSATION").with(as("demo2.coordinator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/early-warning/alerts/" + id + "/informed").param("informedOn", "2026-11-20")
                .param("informedHow", "CONVERSATION").with(as("demo2.coordinator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/early-warning/mine").param("lang", "fr").with(as("demo2.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Entretien")));
        var audited = jdbc.sql("select count(*) from audit_entry where action = 'earlywarning.alert.assessed'"
                + " and record_id = :id").param("id", id.toString()).query(Integer.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void aRuleChangeIsANewVersionAndTheOldOneStays() throws Exception {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        for (String threshold : new String[] { "4", "6" }) {
            mvc.perform(post("/early-warning/rules").param("code", code).param("indicator", "registers.use-of-force")
                    .param("windowMonths", "6").param("denominator", "INTERVENTIONS").param("threshold", threshold)
                    .param("minPercentile", "90").param("combination", "AND").param("minPeers", "8")
                    .param("active", "true").param("note", "test").with(as("demo.coordinator")).with(csrf()))
                    .andExpect(redirectedUrl("/early-warning/rules/" + code));
        }
        var thresholds = jdbc.sql("select threshold from earlywarning_rule where code = :code order by version")
                .param("code", code).query(Integer.class).list();
        assertThat(thresholds).containsExactly(4, 6);
        mvc.perform(post("/early-warning/rules").param("code", code).param("indicator", "no.such-indicator")
                .param("windowMonths", "6").param("denominator", "NONE").param("threshold", "2")
                .param("combination", "OR").param("minPeers", "1").with(as("demo.coordinator")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/early-warning/rules").param("code", code).param("indicator", "registers.use-of-force")
                .param("windowMonths", "6").param("denominator", "NONE").param("threshold", "2")
                .param("combination", "OR").param("minPeers", "1").with(as("demo.manager")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from earlywarning_rule where code = :code").param("code", code)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void exposureIsImportedByApiAndCsvForTheCoordinatorOnly() throws Exception {
        String number = jdbc.sql("select s.personnel_number from staff_member s join app_user u"
                + " on u.staff_member_id = s.id where u.username = 'demo.coach2'").query(String.class).single();
        String json = """
                [{"personnelNumber": "%s", "periodStart": "2020-01-01", "periodEnd": "2020-06-30",
                  "hours": 700.5, "interventions": 210, "arrests": 12}]""".formatted(number);
        mvc.perform(api("demo.coordinator", post("/api/v1/early-warning/exposure"))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rows").value(1));
        mvc.perform(api("demo.officer", post("/api/v1/early-warning/exposure")).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isForbidden());
        mvc.perform(api("demo2.coordinator", post("/api/v1/early-warning/exposure"))
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest());
        mvc.perform(api("demo.coordinator", post("/api/v1/early-warning/exposure")).contentType("text/csv")
                .content("personnel_number,period_start,period_end,hours,interventions,arrests\n" + number
                        + ",2020-07-01,2020-12-31,650,190,9\n"))
                .andExpect(status().isCreated());
        mvc.perform(api("demo.coordinator", post("/api/v1/early-warning/exposure")).contentType("text/csv")
                .content("who,when\nx,y\n")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select interventions from earlywarning_exposure e join staff_member s"
                + " on s.id = e.staff_id where s.personnel_number = :n and e.period_start >= '2020-01-01'"
                + " and e.period_start < '2021-01-01' order by period_start").param("n", number)
                .query(Integer.class).list()).containsExactly(210, 190);
    }

    @Test
    void theCoordinatorStartsARunAndFollowsItsProgress() throws Exception {
        var result = mvc.perform(post("/early-warning/runs").with(as("demo.coordinator")).with(csrf()))
                .andExpect(redirectedUrlPattern("/early-warning/runs/*")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("progress-bar")));
        mvc.perform(get(location + "/progress").with(as("demo.coordinator"))).andExpect(status().isOk());
        mvc.perform(get(location).with(as("demo2.coordinator"))).andExpect(status().isNotFound());
        mvc.perform(post("/early-warning/runs").with(as("demo.manager")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExpiredAlertCanNoLongerBeAssessedAndNoLongerBlocksANewOne() throws Exception {
        // A rule of its own (raw count, at least 4 in 6 months), so that the demo alerts stay as they are.
        String code = "test-expiry-" + UUID.randomUUID().toString().substring(0, 8);
        saveRawCountRule(code, true);
        var demo2 = new OrganisationId(jdbc.sql("select id from organisation where code = 'demo2'")
                .query(UUID.class).single());
        earlyWarning.evaluateNow(demo2, "test");
        earlyWarning.evaluateNow(demo2, "test");
        List<UUID> alerts = officerAlerts("demo2", code);
        assertThat(alerts).as("an alert in force is not repeated").hasSize(1);
        UUID first = alerts.get(0);

        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        jdbc.sql("update earlywarning_alert set expires_on = :on where id = :id").param("on", today.minusDays(1))
                .param("id", first).update();

        mvc.perform(get("/early-warning/alerts/" + first).param("lang", "en").with(as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">expired<")))
                .andExpect(content().string(not(containsString("id=\"assessment-text\""))));
        mvc.perform(post("/early-warning/alerts/" + first + "/assessment").param("assessment", "Too late.")
                .param("outcome", "NO_ACTION").with(as("demo2.coordinator")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from earlywarning_alert where id = :id and assessment is null")
                .param("id", first).query(Integer.class).single()).isEqualTo(1);
        earlyWarning.evaluateNow(demo2, "test");
        assertThat(officerAlerts("demo2", code)).as("the expired alert no longer blocks a new one").hasSize(2)
                .contains(first);

        saveRawCountRule(code, false);
    }

    private void saveRawCountRule(String code, boolean active) throws Exception {
        mvc.perform(post("/early-warning/rules").param("code", code).param("indicator", "registers.use-of-force")
                .param("windowMonths", "6").param("denominator", "NONE").param("threshold", "4")
                .param("combination", "OR").param("minPeers", "1").param("active", String.valueOf(active))
                .param("note", "test").with(as("demo2.coordinator")).with(csrf()))
                .andExpect(redirectedUrl("/early-warning/rules/" + code));
    }

    private List<UUID> officerAlerts(String zone, String ruleCode) {
        return jdbc.sql("""
                select a.id from earlywarning_alert a
                join earlywarning_rule r on r.id = a.rule_id
                join app_user u on u.staff_member_id = a.staff_id
                where u.username = :username and r.code = :code""")
                .param("username", zone + ".officer").param("code", ruleCode).query(UUID.class).list();
    }
}
