package be.kompas.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;

/** The CSV exports of the registers that had none: each of the zone's own rows, for readers only. */
@KompasIntegrationTest
class PolicyRegisterExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void exportsTheMaturityScoresOfEveryYear() throws Exception {
        mvc.perform(get("/policy/maturity/export").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("maturity.csv")))
                .andExpect(content().string(startsWith("\uFEFFyear,topic,level,evidence")))
                .andExpect(content().string(containsString("2023,VISION,4,")))
                .andExpect(content().string(containsString("2024,RISK_ANALYSIS,3,")));
        mvc.perform(get("/policy/maturity/export").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("2023,VISION"))));
    }

    @Test
    void exportsTheVulnerableFunctionsTheComplianceTableAndTheAnnualPlan() throws Exception {
        mvc.perform(get("/policy/vulnerable-functions/export").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Drugsrechercheur")));
        mvc.perform(get("/policy/vulnerable-functions/export").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Drugsrechercheur"))));
        mvc.perform(get("/policy/compliance/export").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("\uFEFFcomponent,legal_basis,actors,status")));
        mvc.perform(get("/policy/annual-plan/export").param("year", "2019").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("\uFEFFyear,house_element,activity")));
        for (var path : new String[] { "/policy/maturity/export", "/policy/vulnerable-functions/export",
                "/policy/compliance/export", "/policy/framework/export", "/policy/surveys/export" }) {
            mvc.perform(get(path).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        }
    }
}
