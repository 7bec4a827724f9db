package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo zone's customer coordinator (demo.customer), registering and handling items in tests. */
record Coordinator(MockMvc mvc, DemoLogins logins) {

    static final String USER = "demo.customer";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Registers an item through the staff API and answers its id. */
    String register(String body) throws Exception {
        var result = mvc.perform(api().json(USER, post("/api/v1/complaints"), body))
                .andExpect(status().isCreated()).andReturn();
        return JSON.readTree(result.getResponse().getContentAsString()).get("summary").get("id").asString();
    }

    /** The item's summary as the API shows it. */
    JsonNode summary(String id) throws Exception {
        var result = mvc.perform(api().as(USER, get("/api/v1/complaints/" + id))).andReturn();
        return JSON.readTree(result.getResponse().getContentAsString()).get("summary");
    }

    String reference(String id) throws Exception {
        return summary(id).get("reference").asString();
    }

    /** Posts a form of the coordinator's pages, expecting it accepted: a redirect without findings. */
    void web(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(SignedIn.as(USER)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("rejected")).isNull());
    }

    Api api() {
        return new Api(logins);
    }
}
