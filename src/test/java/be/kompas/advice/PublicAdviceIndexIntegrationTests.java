package be.kompas.advice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

/** A staff member who only knows Kompas's address finds the anonymous Advice Point from the sign-in page. */
@KompasIntegrationTest
class PublicAdviceIndexIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageLeadsWithoutLoginToTheOrganisationsAdvicePoints() throws Exception {
        for (String lang : new String[] { "nl", "fr", "en" }) {
            mvc.perform(get("/login").param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"advice-point-link\" href=\"/public/advice\"")))
                    .andExpect(content().string(not(containsString("??"))));
            mvc.perform(get("/public/advice").param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/public/advice/demo\"")))
                    .andExpect(content().string(containsString("href=\"/public/advice/demo2\"")))
                    .andExpect(content().string(not(containsString("href=\"/public/advice/aig\""))))
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/public/advice").param("lang", "en"))
                .andExpect(content().string(containsString("Choose your organisation")));
    }
}
