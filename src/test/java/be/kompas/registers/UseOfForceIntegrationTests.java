package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class UseOfForceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private String file(String place) throws Exception {
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/use-of-force", """
                {"occurredOn": "%s", "place": "%s", "incidentType": "NIGHTLIFE", "means": ["HANDCUFFS"],
                 "reason": "Resisted arrest", "bodyCamera": true}""".formatted(LocalDate.now().minusDays(1), place)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.supervisorName").value("Luc Vermeulen"))
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void supervisorApprovesAndTheServiceAnalysesWithADebriefing() throws Exception {
        String id = file("Korenmarkt " + UUID.randomUUID());
        mvc.perform(get("/registers/force").with(as("demo.manager"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(id)));
        mvc.perform(post("/registers/force/" + id + "/review").param("decision", "approve").with(as("demo.manager"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.officer", get("/api/v1/use-of-force/" + id)))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/registers/force/" + id + "/analyse").param("analysis", "Proportionate")
                .param("lesson", "Refresh de-escalation").param("actionCode", "O6").param("debriefing", "true")
                .with(as("demo.prevention")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.coordinator", get("/api/v1/use-of-force/" + id)))
                .andExpect(jsonPath("$.status").value("ANALYSED")).andExpect(jsonPath("$.actionCode").value("O6"));
        mvc.perform(get("/registers/tasks").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jonas Desmet")));
    }

    @Test
    void sentBackReportIsCorrectedAndResubmitted() throws Exception {
        String id = file("Vrijdagmarkt");
        mvc.perform(post("/registers/force/" + id + "/review").param("decision", "sendBack").param("remark", "")
                .with(as("demo.manager")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.officer", get("/api/v1/use-of-force/" + id)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/registers/force/" + id + "/review").param("decision", "sendBack")
                .param("remark", "Describe the injuries").with(as("demo.manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.officer", get("/api/v1/use-of-force/" + id)))
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.supervisorRemark").value("Describe the injuries"));
        mvc.perform(get("/registers/force/" + id + "/edit").with(as("demo.officer"))).andExpect(status().isOk());
        mvc.perform(post("/registers/force/" + id + "/edit").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().minusDays(1).toString()).param("place", "Vrijdagmarkt")
                .param("incidentType", "NIGHTLIFE").param("means", "HANDCUFFS", "PHYSICAL_CONTROL")
                .param("reason", "Resisted arrest").param("subjectInjuries", "Grazed knee"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.manager", get("/api/v1/use-of-force/" + id)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.input.subjectInjuries").value("Grazed knee"));
    }

    @Test
    void filesThroughTheWebFormAndShowsFieldErrors() throws Exception {
        mvc.perform(get("/registers/force/new").with(as("demo.officer"))).andExpect(status().isOk());
        mvc.perform(post("/registers/force/new").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().plusDays(3).toString()).param("place", "")
                .param("incidentType", "ARREST").param("reason", "x").param("involved", "NOPE-1"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("forceForm", "occurredOn",
                        "place"));
        mvc.perform(post("/registers/force/new").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().toString()).param("place", "Station")
                .param("incidentType", "ARREST").param("reason", "x"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("forceForm", "means"));
        mvc.perform(post("/registers/force/new").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().toString()).param("place", "Station")
                .param("incidentType", "ARREST").param("means", "BATON").param("reason", "Attacked a colleague"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesBadInputNamingTheFields() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/use-of-force", """
                {"place": "", "incidentType": "ARREST", "means": [], "reason": "x"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("place")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("occurredOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("means")));
        mvc.perform(api().postJson("demo.officer", "/api/v1/use-of-force", """
                {"occurredOn": "2026-01-02", "place": "x", "incidentType": "ARREST", "means": ["CATAPULT"],
                 "reason": "x"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("means"));
    }

    @Test
    void keepsReportsFromOtherOfficersAndZones() throws Exception {
        String id = file("Sint-Pietersplein");
        mvc.perform(api().as("demo.coach2", get("/api/v1/use-of-force/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo.coach2", get("/api/v1/use-of-force").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(api().as("demo2.officer", get("/api/v1/use-of-force/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/use-of-force/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/use-of-force").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(get("/registers/force/" + id).with(as("demo2.chief"))).andExpect(status().isNotFound());
        mvc.perform(post("/registers/force/" + id + "/review").param("decision", "approve")
                .with(as("demo.coach2")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(api().as("aig.analyst", get("/api/v1/use-of-force"))).andExpect(status().isForbidden());
    }

    @Test
    void showsStatisticsAndExportsToTheService() throws Exception {
        file("Overpoort");
        int year = LocalDate.now().minusDays(1).getYear();
        mvc.perform(get("/registers/force/statistics").param("year", String.valueOf(year))
                .with(as("demo.prevention"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));
        var csv = mvc.perform(get("/registers/force/export").param("year", String.valueOf(year))
                .with(as("demo.coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFid,date")
                .contains("Overpoort");
        mvc.perform(get("/registers/force/statistics").with(as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/registers/force/export").param("year", "2026").with(as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void importsB80Records() throws Exception {
        var number = mvc.perform(api().as("demo.coordinator", get("/api/v1/staff").param("q", "desmet")))
                .andReturn().getResponse().getContentAsString();
        String personnelNumber = JsonPath.read(number, "$.content[0].personnelNumber");
        var file = new org.springframework.mock.web.MockMultipartFile("file", "b80.csv", "text/csv",
                ("\uFEFFdate;personnel;place;type;means;reason\n2026-03-01;" + personnelNumber
                        + ";Dampoort B80;ARREST;HANDCUFFS|BATON;Fled\n").getBytes(
                                java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/registers/force/import").file(file).with(as("demo.prevention")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("importCount", 1));
    }

    @Autowired
    be.kompas.policy.ActionPlan actionPlan;

    @Autowired
    be.kompas.tenancy.Organisations organisations;

    @Test
    void reportsEveryBadB80LineAndImportsNothing() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "b80.csv", "text/csv",
                ("date;personnel;place;type;means;reason\n2026-03-01;NOBODY;Dampoort;ARREST;BATON;Fled\n"
                        + "yesterday;NOBODY;Dampoort;ARREST;BATON;Fled\n2026-03-02;NOBODY;Zuid;PUNCH;BATON;\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/registers/force/import").file(file).with(as("demo.prevention")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("importProblems", java.util.Map.of("2", "personnel", "3", "date", "4",
                                "personnel")));
    }

    @Test
    void aLessonIsNotedOnTheActionPlanByItsCode() throws Exception {
        String id = file("Overpoort " + UUID.randomUUID());
        mvc.perform(post("/registers/force/" + id + "/review").param("decision", "approve").with(as("demo.manager"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String lesson = "Practise the arrest in pairs " + UUID.randomUUID();
        mvc.perform(post("/registers/force/" + id + "/analyse").param("analysis", "Two officers hurt")
                .param("lesson", lesson).param("actionCode", "O7").param("debriefing", "true")
                .with(as("demo.prevention")).with(csrf())).andExpect(status().is3xxRedirection());
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var o7 = actionPlan.actions(demo, null, null).stream().filter(a -> a.code().equals("O7")).findFirst()
                .orElseThrow();
        assertThat(actionPlan.notes(demo, o7.id())).anyMatch(n -> n.text().contains(lesson));
        var h10 = actionPlan.actions(demo, null, null).stream().filter(a -> a.code().equals("H10")).findFirst()
                .orElseThrow();
        assertThat(actionPlan.notes(demo, h10.id())).isNotEmpty();
    }
}
