package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.earlywarning.IndicatorSource;
import be.kompas.tenancy.OrganisationId;

@KompasIntegrationTest
class AncillaryActivitiesIntegrationTests {

    private static final String LATE = "registers.ancillary-late";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<IndicatorSource> sources;

    @Autowired
    Clock clock;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private String apply(String activity) throws Exception {
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                {"activity": "%s", "employer": "Politieschool PIVO", "hoursPerMonth": 8, "paid": true}"""
                .formatted(activity))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_ADVICE"))
                .andExpect(jsonPath("$.adviserName").value("Luc Vermeulen")).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void managerAdvisesThenTheChiefDecides() throws Exception {
        String id = apply("Teaching self-defence");
        mvc.perform(post("/registers/ancillary/" + id + "/decision").param("granted", "true").param("reasons", "x")
                .with(as("demo.chief")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.chief", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(jsonPath("$.status").value("AWAITING_ADVICE"));
        mvc.perform(post("/registers/ancillary/" + id + "/advice").param("favourable", "true")
                .param("text", "No overlap with the service").with(as("demo.manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registers/ancillary/" + id + "/decision").param("granted", "true").param("reasons", "")
                .with(as("demo.chief")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.chief", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(jsonPath("$.status").value("AWAITING_DECISION"));
        mvc.perform(post("/registers/ancillary/" + id + "/decision").param("granted", "true")
                .param("reasons", "Outside service hours").param("conditions", "Not in uniform")
                .with(as("demo.chief")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.officer", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(jsonPath("$.status").value("GRANTED")).andExpect(jsonPath("$.favourableAdvice").value(true))
                .andExpect(jsonPath("$.conditions").value("Not in uniform"))
                .andExpect(jsonPath("$.validUntil").value(LocalDate.now().plusYears(3).minusDays(1).toString()));
    }

    @Test
    void aPermissionExpiresAndIsRenewed() throws Exception {
        String id = apply("Referee");
        mvc.perform(post("/registers/ancillary/" + id + "/advice").param("favourable", "true")
                .with(as("demo.manager")).with(csrf()));
        mvc.perform(post("/registers/ancillary/" + id + "/decision").param("granted", "true").param("reasons", "Ok")
                .with(as("demo.chief")).with(csrf()));
        jdbc.sql("update ancillary_activity set valid_until = :d where id = :id")
                .param("d", LocalDate.now().minusDays(1)).param("id", UUID.fromString(id)).update();
        mvc.perform(api().as("demo.officer", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        var renewed = mvc.perform(post("/registers/ancillary/" + id + "/renew").with(as("demo.officer"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(renewed).with(as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Referee")));
    }

    @Test
    void alertsOnAConflictKeyword() throws Exception {
        mvc.perform(post("/registers/settings").with(as("demo.coordinator")).with(csrf())
                .param("giftThreshold", "50").param("conflictKeywords", "bewakingsfirma\nnachtclub")
                .param("ancillaryManagerAdvice", "true").param("ancillaryValidityYears", "3")
                .param("screeningIntervalYears", "5").param("alcoholDrugTests", "true"))
                .andExpect(status().is3xxRedirection());
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                {"activity": "Portier", "employer": "Nachtclub Fuse", "hoursPerMonth": 20, "paid": true}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/registers/ancillary/" + id).with(as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ancillary-alerts")));
    }

    @Test
    void anApplicationMadeOnOrAfterTheStartIsLateForEarlyWarning() throws Exception {
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        var demo = new OrganisationId(jdbc.sql("select id from organisation where code = 'demo'").query(UUID.class)
                .single());
        var officer = jdbc.sql("select staff_member_id from app_user where username = 'demo.officer'")
                .query(UUID.class).single();
        var late = sources.stream().filter(s -> s.indicators().contains(LATE)).findFirst().orElseThrow();
        int before = late.count(demo, LATE, today, today).getOrDefault(officer, 0);
        for (var startsOn : List.of(today.toString(), today.minusMonths(2).toString(), today.plusDays(1).toString())) {
            mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                    {"activity": "Referee", "employer": "KBVB", "hoursPerMonth": 8, "paid": true,
                     "startsOn": "%s"}""".formatted(startsOn))).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.input.startsOn").value(startsOn));
        }
        mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                {"activity": "Referee", "employer": "KBVB", "hoursPerMonth": 8, "paid": true}"""))
                .andExpect(status().isCreated());
        mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                {"activity": "Referee", "employer": "KBVB", "hoursPerMonth": 8, "paid": true,
                 "startsOn": "%s"}""".formatted(today.minusYears(6)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("startsOn")));
        mvc.perform(post("/registers/ancillary/new").with(as("demo.officer")).with(csrf())
                .param("activity", "Music lessons").param("employer", "Academie").param("hoursPerMonth", "6")
                .param("startsOn", today.plusYears(6).toString())).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ancillaryForm", "startsOn"));
        mvc.perform(post("/registers/ancillary/new").with(as("demo.officer")).with(csrf())
                .param("activity", "Music lessons").param("employer", "Academie").param("hoursPerMonth", "6")
                .param("startsOn", today.minusDays(3).toString())).andExpect(status().is3xxRedirection());
        // Today and two months ago through the API, three days ago through the form; tomorrow and no day are on time.
        assertThat(late.count(demo, LATE, today, today)).containsEntry(officer, before + 3);
        assertThat(late.count(demo, LATE, today.minusDays(30), today.minusDays(1))).doesNotContainKey(officer);
    }

    @Test
    void appliesThroughTheWebFormAndListsPerUnit() throws Exception {
        mvc.perform(get("/registers/ancillary/new").with(as("demo.officer"))).andExpect(status().isOk());
        mvc.perform(post("/registers/ancillary/new").with(as("demo.officer")).with(csrf()).param("activity", "")
                .param("employer", "x").param("hoursPerMonth", "0")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ancillaryForm", "activity", "hoursPerMonth"));
        mvc.perform(post("/registers/ancillary/new").with(as("demo.officer")).with(csrf())
                .param("activity", "Music lessons").param("employer", "Academie").param("hoursPerMonth", "6"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/registers/ancillary").param("unit", "Interventieploeg B").with(as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Music lessons")));
        mvc.perform(get("/registers/ancillary").param("unit", "Verkeer").with(as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Music lessons"))));
        mvc.perform(get("/registers/ancillary/export").with(as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Music lessons")));
    }

    @Test
    void refusesBadInputAndOtherReaders() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/ancillary-activities", """
                {"activity": "", "hoursPerMonth": 500}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("activity")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("employer")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("hoursPerMonth")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("paid")));
        String id = apply("Bookkeeping");
        mvc.perform(api().as("demo.coach2", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/registers/ancillary/" + id + "/decision").param("granted", "true").param("reasons", "x")
                .with(as("demo.manager")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(api().as("demo2.chief", get("/api/v1/ancillary-activities/" + id)))
                .andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/ancillary-activities").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
    }
}
