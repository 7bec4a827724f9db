package be.kompas.investigations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;

/** Figures for the zone, an export without names, and the AIG's aggregate with small counts suppressed. */
@KompasIntegrationTest
class InvestigationStatisticsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theZoneSeesItsFiguresAndExportsThemWithoutNames() throws Exception {
        mvc.perform(get("/investigations/statistics").param("lang", "en").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Annual figures")))
                .andExpect(content().string(containsString("Warning")));
        mvc.perform(get("/investigations/statistics/export.csv").with(SignedIn.as("demo.ditlead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reference,bureau,origin")))
                .andExpect(content().string(containsString("DEMO-DIT-")))
                .andExpect(content().string(not(containsString("Desmet"))));
        mvc.perform(get("/investigations/statistics/export.csv").with(SignedIn.as("demo2.chief")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("DEMO-DIT-"))));
        mvc.perform(get("/investigations/statistics").with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/investigations/statistics").with(SignedIn.as("demo.investigator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAigSeesZonesWithoutNamesAndCountsBelowFiveSuppressed() throws Exception {
        mvc.perform(get("/investigations/national").param("lang", "en").with(SignedIn.as("aig.analyst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PZ Demostad")))
                .andExpect(content().string(containsString("&lt; 5")))
                .andExpect(content().string(not(containsString("DEMO-DIT-"))));
        mvc.perform(get("/investigations/national").with(SignedIn.as("demo.chief")))
                .andExpect(status().isForbidden());
    }
}
