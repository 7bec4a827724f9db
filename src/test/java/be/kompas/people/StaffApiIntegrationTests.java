package be.kompas.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class StaffApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    StaffDirectory directory;

    @Autowired
    Units units;

    @Autowired
    Organisations organisations;

    @Test
    void listsStaffPageByPage() throws Exception {
        mvc.perform(as("demo.coordinator", get("/api/v1/staff").param("size", "5").param("page", "1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.total").value(greaterThan(40)))
                .andExpect(jsonPath("$.totalCapped").value(false))
                .andExpect(jsonPath("$.request.page").value(1));
        mvc.perform(as("demo.coordinator", get("/api/v1/staff").param("q", "desmet")))
                .andExpect(jsonPath("$.content[*].givenName").value(hasItem("Jonas")));
    }

    @Test
    void showsOneStaffMemberWithTheirHistory() throws Exception {
        var id = people().person("Jonas Desmet");
        mvc.perform(as("demo.dpo", get("/api/v1/staff/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.id").value(id.toString()))
                .andExpect(jsonPath("$.firstLineManager.fullName").value("Luc Vermeulen"))
                .andExpect(jsonPath("$.history.length()").value(2));
    }

    @Test
    void hidesAnotherZonesStaff() throws Exception {
        var id = people().person("Jonas Desmet");
        mvc.perform(as("demo2.officer", get("/api/v1/staff/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("demo2.dpo", get("/api/v1/staff/" + id))).andExpect(status().isNotFound());
        mvc.perform(as("demo2.dpo", get("/api/v1/staff").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem(id.toString()))))
                .andExpect(jsonPath("$.content[*].unitName").value(everyItem(not("Interventieploeg B"))));
        mvc.perform(as("demo2.dpo", get("/api/v1/staff").param("unit", demoUnit().toString())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void refusesRolesWithoutAccess() throws Exception {
        mvc.perform(as("demo.officer", get("/api/v1/staff"))).andExpect(status().isForbidden());
        mvc.perform(as("aig.analyst", get("/api/v1/staff"))).andExpect(status().isForbidden());
        mvc.perform(as("demo.dpo", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void createsAStaffMember() throws Exception {
        String number = "A" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(as("demo.chief", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("""
                {"personnelNumber": "%s", "surname": "Van Hove", "givenName": "Lore", "grade": "inspecteur",
                 "unit": "%s", "employmentKind": "SECONDED", "entryDate": "2025-02-01"}""".formatted(number,
                demoUnit())))).andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.summary.employmentKind").value("SECONDED"))
                .andExpect(jsonPath("$.history[0].from").value("2025-02-01"));
    }

    @Test
    void namesEveryBadFieldAndStoresNothing() throws Exception {
        String number = "B" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(as("demo.chief", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("""
                {"personnelNumber": "%s", "surname": "", "grade": "inspecteur", "employmentKind": "PERMANENT",
                 "entryDate": "2025-02-01"}""".formatted(number))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("surname")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("givenName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unit")));
        mvc.perform(as("demo.chief", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("""
                {"personnelNumber": "%s", "surname": "X", "givenName": "Y", "grade": "inspecteur",
                 "unit": "%s", "employmentKind": "BOSS", "entryDate": "2025-02-01"}""".formatted(number,
                demoUnit())))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employmentKind"));
        var otherZoneUnit = units.tree(organisations.findByCode("demo2").orElseThrow().id()).get(0).unit().id();
        mvc.perform(as("demo.chief", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("""
                {"personnelNumber": "%s", "surname": "X", "givenName": "Y", "grade": "inspecteur",
                 "unit": "%s", "employmentKind": "PERMANENT", "entryDate": "2025-02-01"}""".formatted(number,
                otherZoneUnit)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        var taken = directory.find(people().demo(), people().person("Jonas Desmet")).orElseThrow().personnelNumber();
        mvc.perform(as("demo.chief", post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("""
                {"personnelNumber": "%s", "surname": "X", "givenName": "Y", "grade": "inspecteur",
                 "unit": "%s", "employmentKind": "PERMANENT", "entryDate": "2025-02-01"}""".formatted(taken,
                demoUnit())))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personnelNumber"));
        assertThat(directory.findByPersonnelNumber(people().demo(), number)).isEmpty();
    }

    @Test
    void answersTheUnitTree() throws Exception {
        mvc.perform(as("demo.coordinator", get("/api/v1/units"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'KL')].children[*].code").value(hasItem("DIT")));
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/staff'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/staff/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units'].get").exists());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + logins.byUsername(username).orElseThrow().apiToken());
    }

    private UnitId demoUnit() {
        return units.tree(people().demo()).stream().filter(node -> node.unit().code().equals("KL")).findFirst()
                .orElseThrow().unit().id();
    }

    private DemoPeople people() {
        return new DemoPeople(organisations, directory);
    }
}
