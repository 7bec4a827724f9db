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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class ViolenceAgainstPoliceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    private RegisterRequests api() {
        return new RegisterRequests(logins);
    }

    private String file(int incapacityDays, String place) throws Exception {
        var body = mvc.perform(api().postJson("demo.officer", "/api/v1/violence-against-police", """
                {"occurredOn": "%s", "place": "%s", "violenceType": "PHYSICAL", "incapacityDays": %d,
                 "circumstances": "Kicked during an arrest", "injuries": "Bruised ribs"}"""
                .formatted(LocalDate.now().minusDays(2), place, incapacityDays))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void flagsAnAssaultWithIncapacity() throws Exception {
        String flagged = file(2, "Dampoort");
        String light = file(0, "Dampoort");
        mvc.perform(api().as("demo.officer", get("/api/v1/violence-against-police/" + flagged)))
                .andExpect(jsonPath("$.noExpediencyDismissal").value(true));
        mvc.perform(api().as("demo.officer", get("/api/v1/violence-against-police/" + light)))
                .andExpect(jsonPath("$.noExpediencyDismissal").value(false));
        mvc.perform(get("/registers/violence/" + flagged).with(as("demo.prevention"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("expediency-flag")));
    }

    @Test
    void asksPersonnelCareForAftercare() throws Exception {
        file(1, "Zuid");
        mvc.perform(get("/registers/tasks").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jonas Desmet")));
        mvc.perform(get("/registers/tasks").with(as("demo.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void filesFromTheShortWebForm() throws Exception {
        mvc.perform(get("/registers/violence/new").with(as("demo.officer"))).andExpect(status().isOk());
        mvc.perform(post("/registers/violence/new").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().toString()).param("place", "").param("violenceType", "THREAT")
                .param("incapacityDays", "-1").param("circumstances", "")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("violenceForm", "place", "incapacityDays",
                        "circumstances"));
        mvc.perform(post("/registers/violence/new").with(as("demo.officer")).with(csrf())
                .param("occurredOn", LocalDate.now().toString()).param("place", "Station")
                .param("violenceType", "THREAT").param("incapacityDays", "0").param("legalFollowUp", "NONE_YET")
                .param("circumstances", "Threatened with a knife")).andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesBadInputAndOtherReaders() throws Exception {
        mvc.perform(api().postJson("demo.officer", "/api/v1/violence-against-police", """
                {"place": "x", "violenceType": "PUNCH", "incapacityDays": 0, "circumstances": "x"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("violenceType"));
        mvc.perform(api().postJson("demo.officer", "/api/v1/violence-against-police", """
                {"place": "", "incapacityDays": -3, "circumstances": ""}""")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("incapacityDays")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("occurredOn")));
        String id = file(0, "Brugse Poort");
        mvc.perform(api().as("demo.coach2", get("/api/v1/violence-against-police/" + id)))
                .andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/violence-against-police/" + id)))
                .andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/violence-against-police").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))));
        mvc.perform(api().as("demo.prevention", get("/api/v1/violence-against-police").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
    }

    @Test
    void showsStatisticsAndExport() throws Exception {
        file(3, "Rabot");
        mvc.perform(get("/registers/violence/statistics").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/registers/violence/export").param("year", String.valueOf(LocalDate.now().getYear()))
                .with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/registers/violence/statistics").with(as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions importMisi(String csv) throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "misi.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/registers/violence/import").file(file).with(as("demo.prevention")).with(csrf()));
    }

    @Test
    void importsFromMisiOnceAndReportsBadLinesByNumber() throws Exception {
        var staff = mvc.perform(api().as("demo.coordinator", get("/api/v1/staff").param("q", "desmet")))
                .andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(staff, "$.content[0].personnelNumber");
        String reference = "MISI-" + java.util.UUID.randomUUID();
        String header = "date;personnel_number;place;violence_type;incapacity_days;circumstances;misi_reference\n";
        String good = "2026-02-01;" + number + ";Sint-Pieters;PHYSICAL;2;Pushed at a check;" + reference + "\n";
        importMisi(header + good + "2026-13-01;" + number + ";X;PUNCH;-1;Y;R2\n" + good.replace(reference, "R3")
                .replace(number, "NOBODY")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("importProblems", java.util.Map.of("3", "date",
                                "4", "personnel_number")));
        mvc.perform(api().as("demo.prevention", get("/api/v1/violence-against-police").param("size", "200")))
                .andExpect(jsonPath("$.content[*].input.place").value(not(hasItem("Sint-Pieters"))));
        importMisi(header + good).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .flash().attribute("importCount", 1));
        importMisi(header + good).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .flash().attribute("importCount", 0));
        mvc.perform(api().as("demo.prevention", get("/api/v1/violence-against-police").param("size", "200")))
                .andExpect(jsonPath("$.content[?(@.input.place == 'Sint-Pieters')].noExpediencyDismissal")
                        .value(hasItem(true)));
        var file = new org.springframework.mock.web.MockMultipartFile("file", "misi.csv", "text/csv",
                (header + good).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/registers/violence/import").file(file).with(as("demo.officer")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
