package be.kompas.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

/**
 * The layout's scripts and styles are served without Spring's resource chain (turned off: it looked every link of
 * every page up on the class path), htmx from its webjar under the versioned path the layout names.
 */
@KompasIntegrationTest
class StaticResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void servesTheLayoutsScriptsAndStyles() throws Exception {
        mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
        mvc.perform(get("/css/kompas.css")).andExpect(status().isOk());
        mvc.perform(get("/js/kompas.js")).andExpect(status().isOk());
    }

    @Test
    void leavesThePagesLinksAsTheyAre() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/htmx.org/2.0.4/dist/htmx.min.js")));
    }
}
