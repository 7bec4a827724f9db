package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

@KompasIntegrationTest
class PublicIntakeIntegrationTests {

    /** A documentation address (RFC 5737), so that finding it anywhere can only mean it was stored. */
    private static final String CLIENT_ADDRESS = "203.0.113.77";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheFormInEachLanguageWithTheAnonymityWarning() throws Exception {
        mvc.perform(get("/public/complaints/demo").param("lang", "nl")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Meldpunt van PZ Demostad")))
                .andExpect(content().string(containsString("we kunnen dat niet garanderen")));
        mvc.perform(get("/public/complaints/demo").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Point de contact")));
        mvc.perform(get("/public/complaints/demo").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("we cannot guarantee it")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/public/complaints/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void acceptsAComplaintFromTheFormAndAcknowledgesIt() throws Exception {
        String page = mvc.perform(post("/public/complaints/demo").param("lang", "en").with(csrf())
                .with(request -> {
                    request.setRemoteAddr(CLIENT_ADDRESS);
                    return request;
                }).header("X-Forwarded-For", CLIENT_ADDRESS).header("User-Agent", "FormTestBrowser/1.0")
                .param("kind", "COMPLAINT").param("description", "The officer at the desk laughed at me.")
                .param("occurredOn", "2026-01-15").param("location", "Desk of the main station")
                .param("name", "Form Tester").param("email", "form.tester@example.org"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Form Tester")))
                .andReturn().getResponse().getContentAsString();
        String reference = page.replaceAll("(?s).*id=\"reference\">([A-Z0-9-]+)<.*", "$1");
        assertThat(reference).matches("DEMO-\\d{4}-\\d{4}");

        String stored = jdbc.sql("select row_to_json(c)::text from complaint c where reference = :reference")
                .param("reference", reference).query(String.class).single();
        assertThat(stored).contains("ONLINE_FORM", "form.tester@example.org", "\"language\":\"en\"")
                .doesNotContain(CLIENT_ADDRESS, "FormTestBrowser");
        assertThat(everythingStoredAbout(reference)).doesNotContain(CLIENT_ADDRESS, "FormTestBrowser");
    }

    @Test
    void asksAnAnonymousComplainantToReadTheWarningFirst() throws Exception {
        mvc.perform(post("/public/complaints/demo").param("lang", "en").with(csrf()).param("kind", "COMPLAINT")
                .param("description", "Anonymous story").param("anonymous", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Confirm that you have read")));
        mvc.perform(post("/public/complaints/demo").param("lang", "en").with(csrf()).param("kind", "COMPLAINT")
                .param("description", "Anonymous story").param("anonymous", "true")
                .param("anonymityUnderstood", "true").param("name", "Should Not Be Kept"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("You left no address")));
        assertThat(jdbc.sql("select count(*) from complaint where complainant_name = 'Should Not Be Kept'")
                .query(Integer.class).single()).isZero();
        // A compliment needs no contact details and no warning.
        mvc.perform(post("/public/complaints/demo").with(csrf()).param("kind", "COMPLIMENT")
                .param("description", "Thanks to the patrol.")).andExpect(status().isOk());
    }

    @Test
    void acceptsAComplaintThroughThePublicApi() throws Exception {
        var result = mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(CLIENT_ADDRESS);
                    return request;
                }).content("""
                        {"type": "COMPLAINT", "description": "Rude officer at the desk", "occurredAt": "2026-02-03T14:30",
                         "location": "Main station", "involvedStaff": "INP Janssens",
                         "contact": {"name": "Api Tester", "email": "api.tester@example.org"}, "language": "fr"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(matchesPattern("DEMO-\\d{4}-\\d{4}"))).andReturn();
        String reference = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString())
                .get("reference").asString();
        String stored = jdbc.sql("select row_to_json(c)::text from complaint c where reference = :reference")
                .param("reference", reference).query(String.class).single();
        assertThat(stored).contains("\"occurred_time\":\"14:30:00\"", "Api Tester", "Nous avons reçu votre plainte")
                .doesNotContain(CLIENT_ADDRESS);
        assertThat(everythingStoredAbout(reference)).doesNotContain(CLIENT_ADDRESS);

        mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLIMENT\", \"description\": \"Thank you\"}")).andExpect(status().isCreated());
    }

    @Test
    void namesTheBadFieldsOfAPublicSubmission() throws Exception {
        mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"\", \"contact\": {\"email\": \"not-an-address\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contact.email")));
        mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"RANT\", \"description\": \"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLAINT\", \"description\": \"x\", \"occurredAt\": \"yesterday\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        mvc.perform(post("/api/v1/public/complaints/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLAINT\", \"description\": \"x\", \"occurredAt\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        mvc.perform(post("/api/v1/public/complaints/nowhere").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLAINT\", \"description\": \"x\"}")).andExpect(status().isNotFound());
    }

    @Test
    void describesTheComplaintsApiInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/complaints/{organisation}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/{id}/closure'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/statistics'].get").exists());
    }

    /** The item, its history and the audit entries about it, as text. */
    private String everythingStoredAbout(String reference) {
        String id = jdbc.sql("select id::text from complaint where reference = :reference").param("reference",
                reference).query(String.class).single();
        return String.join("\n", jdbc.sql("select row_to_json(h)::text from complaint_history h where complaint_id"
                + " = cast(:id as uuid)").param("id", id).query(String.class).list()) + String.join("\n",
                        jdbc.sql("select row_to_json(a)::text from audit_entry a where record_id = :id")
                                .param("id", id).query(String.class).list());
    }
}
