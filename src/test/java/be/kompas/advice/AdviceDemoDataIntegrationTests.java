package be.kompas.advice;

import static be.kompas.identity.internal.SignedIn.withKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

/** A new user finds reports of each kind on the demo zone's board, and can come back as their reporters (README). */
@KompasIntegrationTest
class AdviceDemoDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoBoardHoldsOneReportOfEachKindThatTheFacilitatorAndTheReporterOpen() throws Exception {
        assertThat(jdbc.sql("""
                select r.kind from advice_report r join organisation o on o.id = r.organisation_id
                 where o.code = 'demo' and r.text_ciphertext is not null""").query(String.class).list())
                .contains("QUESTION", "SUSPICION", "WHISTLEBLOWER");
        String reference = mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"demo-vraag\",\"passphrase\":\"demo-wachtzin-2026\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("QUESTION"))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        UUID id = jdbc.sql("select id from advice_report where reference = ?").param(reference).query(UUID.class)
                .single();
        mvc.perform(get("/advice").param("lang", "en").with(withKeys("demo.facilitator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/advice/{id}", id).param("lang", "en").with(withKeys("demo.facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("fles wijn")));
    }
}
