package be.kompas.policy;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class RiskApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    RiskRegister register;

    @Autowired
    Organisations organisations;

    @Test
    void addsARiskAndAnswersItsScoreAndClass() throws Exception {
        mvc.perform(as("demo.coordinator", post("/api/v1/risks").contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "API-risico grens", "probability": 1, "exposure": 2, "effect": 100}""")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(200))
                .andExpect(jsonPath("$.riskClass").value("C"));
        mvc.perform(as("demo.coordinator", get("/api/v1/risks"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title == 'API-risico grens')].riskClass").value("C"))
                .andExpect(jsonPath("$[?(@.title == 'Corruptie/omkoping')].score").value(20))
                .andExpect(jsonPath("$[?(@.title == 'Corruptie/omkoping')].riskClass").value("E"))
                .andExpect(jsonPath("$[?(@.title == 'Corruptie/omkoping')].probability").value(1))
                .andExpect(jsonPath("$[?(@.title == 'Corruptie/omkoping')].exposure").value(0.5))
                .andExpect(jsonPath("$[?(@.title == 'Corruptie/omkoping')].effect").value(40));
    }

    @ParameterizedTest
    @CsvSource({ "4, 1, 1, probability", "1, 0.25, 1, exposure", "1, 1, 50, effect", "0, 1, 1, probability" })
    void refusesValuesOffTheScalesNamingTheField(String w, String b, String e, String field) throws Exception {
        mvc.perform(as("demo.coordinator", post("/api/v1/risks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Buiten schaal\", \"probability\": " + w + ", \"exposure\": " + b
                        + ", \"effect\": " + e + "}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void refusesAMissingTitleAndAMissingScale() throws Exception {
        mvc.perform(as("demo.coordinator", post("/api/v1/risks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"probability\": 3, \"exposure\": 2, \"effect\": 15}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(as("demo.coordinator", post("/api/v1/risks").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Zonder ernst\", \"probability\": 3, \"exposure\": 2}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effect"));
    }

    @Test
    void importsTheGentTemplateOnlyOnce() throws Exception {
        mvc.perform(as("demo.coordinator", post("/api/v1/risks/import/gent"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0));
        mvc.perform(as("demo.chief", post("/api/v1/risks/import/gent"))).andExpect(status().isForbidden());
    }

    @Test
    void neverShowsAnotherZonesRisks() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var demoRisk = register.all(demo).get(0).id().toString();
        mvc.perform(as("demo2.coordinator", get("/api/v1/risks"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(demoRisk))))
                .andExpect(jsonPath("$[*].title").value(not(hasItem("Zwijgcultuur"))));
    }

    @Test
    void refusesRolesWithoutAccess() throws Exception {
        mvc.perform(as("demo.officer", get("/api/v1/risks"))).andExpect(status().isForbidden());
        mvc.perform(as("aig.analyst", get("/api/v1/risks"))).andExpect(status().isForbidden());
        mvc.perform(as("demo.chief", get("/api/v1/risks"))).andExpect(status().isOk());
        mvc.perform(as("demo.chief", post("/api/v1/risks").contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "Niet toegestaan", "probability": 1, "exposure": 1, "effect": 1}""")))
                .andExpect(status().isForbidden());
    }

    @Test
    void documentsTheRiskApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/risks'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/risks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/risks/import/gent'].post").exists());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + logins.byUsername(username).orElseThrow().apiToken());
    }
}
