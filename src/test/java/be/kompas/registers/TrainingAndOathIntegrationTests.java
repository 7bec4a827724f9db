package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class TrainingAndOathIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private String personnelNumber(String surname) throws Exception {
        var body = mvc.perform(api().as("demo.coordinator", get("/api/v1/staff").param("q", surname)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.content[0].personnelNumber");
    }

    @Test
    void staffRecordTheirOwnCourseAndTheTrainingServiceSeesIt() throws Exception {
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/trainings", """
                {"courseCode": "O3", "completedOn": "%s", "note": "Serious game"}"""
                .formatted(LocalDate.now().minusDays(3)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dilemma").value(true)).andExpect(jsonPath("$.staffName").value("Jonas Desmet"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(api().as("demo.care", get("/api/v1/trainings").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        mvc.perform(api().as("demo.coach2", get("/api/v1/trainings").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(api().as("demo2.chief", get("/api/v1/trainings/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/trainings").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
    }

    @Test
    void refusesACourseOutsideThePlanAndAnotherStaffMembersRecord() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/trainings", """
                {"courseCode": "ZZ9", "completedOn": "%s"}""".formatted(LocalDate.now())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("courseCode"));
        mvc.perform(api().postJson("demo.officer", "/api/v1/trainings", """
                {"courseCode": "O1"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("completedOn"));
        mvc.perform(post("/registers/training").with(as("demo.officer")).with(csrf())
                .param("personnelNumber", personnelNumber("wouters")).param("courseCode", "O1")
                .param("completedOn", LocalDate.now().toString())).andExpect(status().isForbidden());
    }

    @Test
    void theTrainingServiceRecordsForOthersAndSeesWhoIsDue() throws Exception {
        mvc.perform(get("/registers/training").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("due-training")));
        mvc.perform(post("/registers/training").with(as("demo.care")).with(csrf())
                .param("personnelNumber", personnelNumber("desmet")).param("courseCode", "O6")
                .param("completedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "registers.training.recorded"));
        mvc.perform(post("/registers/training").with(as("demo.care")).with(csrf())
                .param("personnelNumber", "NOBODY").param("courseCode", "O6")
                .param("completedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "registers.training.invalid"));
        mvc.perform(get("/registers/training/statistics").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/registers/training/export").param("year", String.valueOf(LocalDate.now().getYear()))
                .with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/registers/training/statistics").with(as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/registers/training/export").param("year", "2026").with(as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsTheOathAndListsWhoHasNone() throws Exception {
        mvc.perform(get("/registers/oath").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("without-oath")));
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/oaths", """
                {"kind": "VALUES_DOCUMENT", "document": "RIT 2024", "signedOn": "%s"}"""
                .formatted(LocalDate.now().minusDays(10)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("VALUES_DOCUMENT")).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(api().postJson("demo.officer", "/api/v1/oaths", """
                {"kind": "PROMISE", "signedOn": "%s"}""".formatted(LocalDate.now())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(api().postJson("demo.officer", "/api/v1/oaths", """
                {"kind": "OATH", "signedOn": "%s"}""".formatted(LocalDate.now().plusDays(5))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("signedOn"));
        mvc.perform(api().as("demo.coordinator", get("/api/v1/oaths/" + id))).andExpect(status().isOk());
        mvc.perform(api().as("demo.coach2", get("/api/v1/oaths/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.coordinator", get("/api/v1/oaths/" + id))).andExpect(status().isNotFound());
        mvc.perform(get("/registers/oath/export").param("year", "2026").with(as("demo.officer")))
                .andExpect(status().isForbidden());
    }
}
