package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class ScreeningsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    @Test
    void hrRecordsAnOutcomeThatOnlyHrAndOversightSee() throws Exception {
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/screenings", """
                {"kind": "VULNERABLE_FUNCTION", "dueOn": "%s"}""".formatted(LocalDate.now().plusMonths(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/registers/screenings/" + id + "/outcome").param("doneOn", LocalDate.now().toString())
                .param("outcome", "RESERVATIONS").param("note", "Debts").with(as("demo.care")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(api().as("demo.care", get("/api/v1/screenings/" + id)))
                .andExpect(jsonPath("$.outcome").value("RESERVATIONS"));
        mvc.perform(api().as("demo.ditlead", get("/api/v1/screenings/" + id)))
                .andExpect(jsonPath("$.outcome").value("RESERVATIONS"));
        mvc.perform(api().as("demo.officer", get("/api/v1/screenings/" + id)))
                .andExpect(jsonPath("$.outcome").doesNotExist()).andExpect(jsonPath("$.outcomeNote").value(""));
        mvc.perform(api().as("demo.coordinator", get("/api/v1/screenings/" + id))).andExpect(status().isNotFound());
        mvc.perform(post("/registers/screenings/" + id + "/outcome").param("doneOn", LocalDate.now().toString())
                .param("outcome", "FAVOURABLE").with(as("demo.officer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsScreeningsDueAndOverdue() throws Exception {
        mvc.perform(get("/registers/screenings").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("overdue-screenings")));
        mvc.perform(api().as("demo.care", get("/api/v1/screenings/due")))
                .andExpect(jsonPath("$[*].kind").value(hasItem("ENTRY")));
        mvc.perform(get("/registers/screenings").with(as("demo.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void refusesBadInputAndOtherZones() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/screenings", """
                {"kind": "SOMETIME"}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(api().postJson("demo.officer", "/api/v1/screenings", "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dueOn")));
        var care = mvc.perform(api().as("demo.care", get("/api/v1/staff").param("q", "Vermeulen"))).andReturn()
                .getResponse().getContentAsString();
        String manager = JsonPath.read(care, "$.content[0].id");
        mvc.perform(api().postJson("demo.officer", "/api/v1/screenings", """
                {"staffMemberId": "%s", "kind": "ENTRY", "dueOn": "2026-01-01"}""".formatted(manager)))
                .andExpect(status().isForbidden());
        var body = mvc.perform(api().postJson("demo.care", "/api/v1/screenings", """
                {"staffMemberId": "%s", "kind": "PROMOTION", "dueOn": "2026-12-01"}""".formatted(manager)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(api().as("demo2.officer", get("/api/v1/screenings/" + id))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.officer", get("/api/v1/screenings").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
    }
}
