package be.kompas.advice;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.kompas.advice.internal.AdviceService;
import tools.jackson.databind.json.JsonMapper;

/** Reports submitted through the public API, as a reporter would. */
public class AdviceFixtures {

    public record Receipt(String reference, LocalDate acknowledgeBy, LocalDate answerBy) {
    }

    private final MockMvc mvc;
    private final JsonMapper json;
    private final AdviceService advice;

    public AdviceFixtures(MockMvc mvc, JsonMapper json, AdviceService advice) {
        this.mvc = mvc;
        this.json = json;
        this.advice = advice;
    }

    public String uniqueName() {
        return "reporter " + UUID.randomUUID().toString().substring(0, 8);
    }

    public LocalDate today() {
        return advice.today();
    }

    public Receipt submit(String org, String kind, String text, String name, String passphrase) throws Exception {
        String body = mvc.perform(post("/api/v1/public/advice/" + org).contentType(MediaType.APPLICATION_JSON)
                .content(submission(kind, "other", text, name, passphrase))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readValue(body, Receipt.class);
    }

    static String submission(String kind, String category, String text, String name, String passphrase) {
        return "{\"kind\":\"%s\",\"category\":\"%s\",\"text\":\"%s\",\"name\":\"%s\",\"passphrase\":\"%s\"}"
                .formatted(kind, category, text, name, passphrase);
    }

    static String login(String name, String passphrase) {
        return "{\"name\":\"%s\",\"passphrase\":\"%s\"}".formatted(name, passphrase);
    }
}
