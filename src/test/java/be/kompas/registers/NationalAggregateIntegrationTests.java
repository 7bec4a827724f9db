package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.kompas.KompasIntegrationTest;
import be.kompas.demo.DemoLogins;

@KompasIntegrationTest
class NationalAggregateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Test
    void showsTheInspectorateCountsOnlyWithSmallCountsSuppressed() throws Exception {
        var api = new RegisterRequests(logins);
        String json = mvc.perform(api.as("aig.analyst", get("/api/v1/registers/national")
                .param("year", String.valueOf(LocalDate.now().getYear())))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<Object> counts = JsonPath.read(json, "$..count");
        assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c == null || ((Number) c).longValue() >= 5)
                .isTrue());
        List<Object> labels = JsonPath.read(json, "$..label");
        assertThat(labels).as("suppressed counts are left out").hasSizeGreaterThan(counts.size())
                .as("every register is counted").contains("registers.nav.alcoholDrug", "registers.nav.training",
                        "registers.nav.oath");
        assertThat(json).doesNotContain("Desmet").doesNotContain("Korenmarkt").doesNotContain("staff");
        mvc.perform(get("/registers/national").with(as("aig.analyst"))).andExpect(status().isOk());
    }

    @Test
    void keepsTheInspectorateOutOfTheRegistersThemselves() throws Exception {
        var api = new RegisterRequests(logins);
        for (String path : List.of("/api/v1/use-of-force", "/api/v1/violence-against-police",
                "/api/v1/ancillary-activities", "/api/v1/gifts", "/api/v1/screenings", "/api/v1/alcohol-drug-tests")) {
            mvc.perform(api.as("aig.analyst", get(path))).andExpect(status().isForbidden());
        }
        mvc.perform(api.as("demo.coordinator", get("/api/v1/registers/national"))).andExpect(status().isForbidden());
        mvc.perform(get("/registers/national").with(as("demo.chief"))).andExpect(status().isForbidden());
    }

    @Test
    void describesTheRegisterPathsInOpenApi() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String path : List.of("/api/v1/use-of-force", "/api/v1/violence-against-police",
                "/api/v1/ancillary-activities", "/api/v1/gifts", "/api/v1/screenings", "/api/v1/alcohol-drug-tests")) {
            assertThat((Object) JsonPath.read(json, "$.paths['" + path + "'].get")).isNotNull();
            assertThat((Object) JsonPath.read(json, "$.paths['" + path + "'].post")).isNotNull();
        }
    }
}
