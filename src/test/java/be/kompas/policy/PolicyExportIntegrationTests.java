package be.kompas.policy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;

@KompasIntegrationTest
class PolicyExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void exportsEachRegisterOfTheOwnZoneAsCsv() throws Exception {
        mvc.perform(get("/policy/risks/export").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("risk-register.csv")))
                .andExpect(content().encoding(StandardCharsets.UTF_8))
                .andExpect(content().string(startsWith("\uFEFFid,title,family")))
                .andExpect(content().string(containsString("Corruptie/omkoping,POWERS,Aankoper,,1,0.5,40,20,E")));
        mvc.perform(get("/policy/actions/export").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A1,POINTS_OF_ATTENTION")));
        mvc.perform(get("/policy/recommendations/export").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Re-evaluate KLFP")));
        mvc.perform(get("/policy/risks/export").with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Corruptie"))));
        mvc.perform(get("/policy/risks/export").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }
}
