package be.kompas.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import be.kompas.KompasIntegrationTest;
import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditQuery;
import be.kompas.audit.AuditTrail;
import be.kompas.core.PageRequest;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;
import de.siegmar.fastcsv.reader.CsvReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DPO's record types, retention and subject-access requests, with two test modules' holders. Only {@code demo}
 * gets retention periods here, so that {@code demo2} shows what happens while none is set.
 */
@KompasIntegrationTest
@Import(TestHolders.class)
class PrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestHolders.NotesHolder notes;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail trail;

    @Autowired
    DemoLogins logins;

    @Autowired
    Clock clock;

    @Test
    void listsEveryRecordTypeWithoutRetentionUntilTheDpoSetsOne() throws Exception {
        mvc.perform(get("/privacy").with(SignedIn.as("demo2.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"type-audit.entry\"")))
                .andExpect(content().string(containsString("id=\"type-badges.badge\"")))
                .andExpect(content().string(containsString("class=\"tag ok retention-kept\"")))
                .andExpect(content().string(containsString("class=\"tag warn retention-not-set\"")));
    }

    @Test
    void purgesNothingWhileRetentionIsNotSet() throws Exception {
        mvc.perform(post("/privacy/purge").with(csrf()).with(SignedIn.as("demo2.dpo")))
                .andExpect(redirectedUrl("/privacy"));
        assertThat(notes.purges).noneMatch(call -> call.organisation().equals(organisation("demo2")));
    }

    @Test
    void purgesWithTheCutOffOfTheRetentionPeriod() throws Exception {
        mvc.perform(post("/privacy/retention/test.note").param("amount", "5").param("unit", "YEARS").with(csrf())
                .with(SignedIn.as("demo.dpo")))
                .andExpect(redirectedUrl("/privacy"));
        var expected = ZonedDateTime.now(clock).minusYears(5).toInstant();
        mvc.perform(post("/privacy/purge").with(csrf()).with(SignedIn.as("demo.dpo")))
                .andExpect(redirectedUrl("/privacy"));

        var demo = organisation("demo");
        assertThat(notes.purges).filteredOn(call -> call.organisation().equals(demo))
                .allMatch(call -> call.recordType().equals("test.note"))
                .last().satisfies(call -> assertThat(call.cutOff()).isCloseTo(expected, within(1, ChronoUnit.MINUTES)));
        var recorded = trail.search(new AuditQuery(demo, "demo.dpo", "record-type", "test.note"),
                PageRequest.of(0, 10));
        assertThat(recorded.content()).extracting(e -> e.action()).contains("privacy.purged",
                "privacy.retention.changed");
        mvc.perform(get("/privacy").with(SignedIn.as("demo.dpo")))
                .andExpect(content().string(containsString("class=\"retention-set\">5 jaar<")));
    }

    @Test
    void answersBadRetentionInputNamingTheField() throws Exception {
        mvc.perform(post("/privacy/retention/test.note").param("amount", "0").param("unit", "YEARS").with(csrf())
                .with(SignedIn.as("demo.dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"amount-error\"")));
        mvc.perform(post("/privacy/retention/test.note").param("amount", "3").param("unit", "WEEKS").with(csrf())
                .with(SignedIn.as("demo.dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"unit-error\"")));
        String token = token("demo.dpo");
        putRetention("test.note", "{\"amount\": 0, \"unit\": \"YEARS\"}", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        putRetention("test.note", "{\"amount\": 2, \"unit\": \"WEEKS\"}", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unit")));
        putRetention("test.evidence", "{\"amount\": 2, \"unit\": \"YEARS\"}", token)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("recordType")));
        putRetention("nobody.knows", "{\"amount\": 2, \"unit\": \"YEARS\"}", token)
                .andExpect(status().isNotFound());
    }

    @Test
    void setsRetentionThroughTheApi() throws Exception {
        String token = token("demo.dpo");
        putRetention("badges.badge", "{\"amount\": 18, \"unit\": \"MONTHS\"}", token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.amount").value(18))
                .andExpect(jsonPath("$.setBy").value("demo.dpo"));
        mvc.perform(get("/api/v1/privacy/record-types").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type.code == 'badges.badge')].policy.period.unit").value(hasItem("MONTHS")));
    }

    @Test
    void subjectAccessGathersEveryModulesRecords() throws Exception {
        String name = "Subject " + UUID.randomUUID();
        trail.record(new AuditEvent(organisation("demo"), "demo.coordinator", "read", "people.staff", "5", name,
                null));
        mvc.perform(get("/privacy/subject-access").param("person", name).with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"group-audit.entry\"")));
        mvc.perform(get("/privacy/subject-access").param("person", "jansen").with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"group-test.note\"")))
                .andExpect(content().string(containsString("id=\"group-badges.badge\"")));
        var recorded = trail.search(new AuditQuery(organisation("demo"), name, "person", name), PageRequest.of(0, 5));
        assertThat(recorded.content()).extracting(e -> e.action()).containsExactly("privacy.subject-access");
    }

    @Test
    void exportsValidJsonAndCsv() throws Exception {
        byte[] json = mvc.perform(get("/privacy/subject-access/export").param("person", "jansen")
                .param("format", "json").with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        var tree = JsonMapper.builder().build().readTree(json);
        assertThat(tree.get("person").asString()).isEqualTo("jansen");
        var types = new ArrayList<String>();
        tree.get("groups").forEach(group -> types.add(group.get("recordType").asString()));
        assertThat(types).contains("badges.badge", "test.evidence", "test.note");

        byte[] csv = mvc.perform(get("/privacy/subject-access/export").param("person", "jansen")
                .param("format", "csv").with(SignedIn.as("demo.dpo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        var rows = CsvReader.builder().ofCsvRecord(new StringReader(text)).stream().map(r -> r.getFields()).toList();
        assertThat(rows.get(0)).containsExactly("module", "record_type", "record_id", "date", "summary", "field",
                "value");
        assertThat(rows).contains(List.of("test", "test.note", "n-1", "2026-03-01", "Note about Jansen",
                "text", "Said \"hello\", then left; Ærø café"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("'=HYPERLINK(\"x\")", "'-42"));
        var exported = trail.search(new AuditQuery(organisation("demo"), "jansen", "person", "jansen"),
                PageRequest.of(0, 10));
        assertThat(exported.content()).extracting(e -> e.action()).contains("privacy.subject-access.exported");
    }

    @Test
    void answersSubjectAccessOnTheApi() throws Exception {
        String token = token("demo.dpo");
        mvc.perform(get("/api/v1/privacy/subject-access").param("person", "jansen").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[*].recordType").value(hasItem("badges.badge")));
        mvc.perform(get("/api/v1/privacy/subject-access").param("person", " j ").header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person"));
        mvc.perform(get("/privacy/subject-access").param("person", "j").with(SignedIn.as("demo.dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"person-error\"")));
    }

    @Test
    void refusesEveryoneButTheDpo() throws Exception {
        for (String user : new String[] { "demo.coordinator", "demo.admin", "aig.analyst" }) {
            mvc.perform(get("/privacy").with(SignedIn.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/privacy/subject-access").param("person", "jansen").with(SignedIn.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/privacy/purge").with(csrf()).with(SignedIn.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/privacy/record-types").header("Authorization", token("demo.officer")))
                .andExpect(status().isForbidden());
    }

    private ResultActions putRetention(String recordType, String json, String token) throws Exception {
        return mvc.perform(put("/api/v1/privacy/retention/" + recordType).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private OrganisationId organisation(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }

    private String token(String username) {
        return "Bearer " + logins.byUsername(username).orElseThrow().apiToken();
    }
}
