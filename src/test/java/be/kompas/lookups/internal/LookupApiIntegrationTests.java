package be.kompas.lookups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.demo.DemoLogins;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/** The review queue's JSON API: roles, the caller's organisation only, decisions and a streamed upload. */
@KompasIntegrationTest
class LookupApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    ImportService imports;

    @Autowired
    ReviewRepository repository;

    @Autowired
    Organisations organisations;

    @TempDir
    Path temp;

    @Test
    void listsTheQueueByScoreWithFiltersAndShowsOneAlert() throws Exception {
        UUID importId = imports.importDirectory(demo(), "api", DataSets.generated(temp, 20_000, 31), "test");
        var top = top(importId);
        mvc.perform(as("demo.coordinator", get("/api/v1/lookups/alerts").param("importId", importId.toString())
                .param("size", "5"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(5)))
                .andExpect(jsonPath("$.content[0].id").value(top.id().toString()))
                .andExpect(jsonPath("$.content[0].officerPseudonym").value(top.officerPseudonym()))
                .andExpect(jsonPath("$.content[0].officerId").doesNotExist());
        mvc.perform(as("demo.investigator", get("/api/v1/lookups/alerts").param("importId", importId.toString())
                .param("reason", "SELF"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reasons").isNotEmpty());
        mvc.perform(as("demo.coordinator", get("/api/v1/lookups/alerts/" + top.id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.score").value(top.score()))
                .andExpect(jsonPath("$.reveal").value("NONE"))
                .andExpect(jsonPath("$.identity").doesNotExist());
        mvc.perform(as("demo.coordinator", get("/api/v1/lookups/imports/" + importId))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(as("demo.coordinator", get("/api/v1/lookups/alerts").param("status", "MAYBE")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void decidesThroughTheApi() throws Exception {
        UUID importId = imports.importDirectory(demo(), "api-decide", DataSets.generated(temp, 20_000, 32), "test");
        var alerts = repository.alerts(demo(), new AlertQuery(importId, null, null, null, null, null),
                PageRequest.of(0, 2)).content();
        mvc.perform(json("demo.coordinator", post("/api/v1/lookups/alerts/" + alerts.get(0).id() + "/justification"),
                "{\"explanation\": \" \"}")).andExpect(status().isBadRequest());
        mvc.perform(json("demo.coordinator", post("/api/v1/lookups/alerts/" + alerts.get(0).id() + "/justification"),
                "{\"explanation\": \"Family liaison duty\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("JUSTIFIED"))
                .andExpect(jsonPath("$.explanation").value("Family liaison duty"));
        mvc.perform(json("demo.investigator", post("/api/v1/lookups/alerts/" + alerts.get(1).id() + "/confirmation"),
                "{\"note\": \"No case, no reason\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("UNJUSTIFIED"));
        mvc.perform(json("demo.coordinator", post("/api/v1/lookups/alerts/" + alerts.get(1).id() + "/reveal"),
                "{\"motivation\": \"Hearing\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.reveal").value("REQUESTED"));
    }

    @Test
    void refusesOtherRolesAndHidesOtherZones() throws Exception {
        UUID importId = imports.importDirectory(demo(), "api-roles", DataSets.generated(temp, 20_000, 33), "test");
        var top = top(importId);
        for (String user : new String[] { "demo.officer", "demo.manager", "demo.dpo" }) {
            mvc.perform(as(user, get("/api/v1/lookups/alerts"))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/api/v1/lookups/alerts/" + top.id()))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/api/v1/lookups/imports"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/lookups/alerts")).andExpect(status().isUnauthorized());
        mvc.perform(as("demo2.coordinator", get("/api/v1/lookups/alerts/" + top.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as("demo2.coordinator", get("/api/v1/lookups/imports/" + importId)))
                .andExpect(status().isNotFound());
        mvc.perform(as("demo2.coordinator", get("/api/v1/lookups/alerts").param("importId", importId.toString())))
                .andExpect(status().isNotFound());
        mvc.perform(json("demo2.coordinator", post("/api/v1/lookups/alerts/" + top.id() + "/confirmation"),
                "{\"note\": \"Not ours\"}")).andExpect(status().isNotFound());
        mvc.perform(as("demo2.coordinator", get("/api/v1/lookups/alerts"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.importId == '" + importId + "')]").isEmpty());
    }

    @Test
    void importsAZipStreamedAsTheRequestBody() throws Exception {
        Path zip = DataSets.zipped(DataSets.generated(temp, 20_000, 34));
        String location = mvc.perform(as("demo.coordinator", post("/api/v1/lookups/imports").param("label",
                "streamed.zip").contentType("application/zip").content(Files.readAllBytes(zip))))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.label").value("streamed.zip"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (repository.findImport(demo(), id).orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        mvc.perform(as("demo.coordinator", get(location))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.events").value(20_000));
        mvc.perform(as("demo.coordinator", post("/api/v1/lookups/imports").contentType("application/zip")
                .content(new byte[] { 1, 2, 3 }))).andExpect(status().isBadRequest());
        mvc.perform(as("demo.dpo", post("/api/v1/lookups/imports").contentType("application/zip")
                .content(Files.readAllBytes(zip)))).andExpect(status().isForbidden());
        assertThat(repository.findImport(demo(), id)).isPresent();
    }

    @Test
    void isDocumentedInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/lookups/alerts'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/lookups/alerts/{id}/justification'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/lookups/imports'].post.requestBody.content['application/zip']")
                        .exists());
    }

    private AlertSummary top(UUID importId) {
        return repository.alerts(demo(), new AlertQuery(importId, null, null, null, null, null),
                PageRequest.of(0, 1)).content().get(0);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer "
                + logins.byUsername(username).orElseThrow().apiToken());
    }

    private MockHttpServletRequestBuilder json(String username, MockHttpServletRequestBuilder request, String body) {
        return as(username, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
