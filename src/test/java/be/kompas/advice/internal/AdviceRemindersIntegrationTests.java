package be.kompas.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.identity.internal.SignedIn;
import tools.jackson.databind.json.JsonMapper;

/** Reminders of Advice Point deadlines: to the facilitator and the assigned coaches, once each, never content. */
@KompasIntegrationTest
class AdviceRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AdviceReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void remindsTheFacilitatorAndTheAssignedCoachOnce() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        var result = mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"QUESTION\",\"category\":\"gifts\",\"text\":\"Secret reminder text\","
                        + "\"name\":\"reminder-" + UUID.randomUUID() + "\",\"passphrase\":\"a long passphrase\"}"))
                .andExpect(status().isCreated()).andReturn();
        String reference = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString())
                .get("reference").asString();
        UUID id = jdbc.sql("select id from advice_report where reference = :reference").param("reference", reference)
                .query(UUID.class).single();
        UUID coach = jdbc.sql("select id from app_user where username = 'demo.coach'").query(UUID.class).single();
        mvc.perform(post("/advice/{id}/assign", id).param("coach", coach.toString()).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());
        // The acknowledgement falls due today (as if received a week ago).
        jdbc.sql("update advice_report set acknowledge_by = :today where id = :id").param("today", today)
                .param("id", id).update();

        assertThat(reminders.remind(today)).isGreaterThanOrEqualTo(2);
        assertThat(keys(id)).containsExactlyInAnyOrder("advice-acknowledge-soon:" + id + ":" + today,
                "advice-acknowledge-soon:" + id + ":" + today + ":" + coach);
        reminders.remind(today);
        assertThat(keys(id)).hasSize(2);

        for (String user : List.of("demo.facilitator", "demo.coach")) {
            mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(reference + ": the acknowledgement is due on")))
                    .andExpect(content().string(not(containsString("Secret reminder text"))));
        }
        for (String user : List.of("demo.coach2", "demo.officer", "demo2.chief")) {
            mvc.perform(get("/inbox").with(SignedIn.as(user)))
                    .andExpect(content().string(not(containsString(reference))));
        }
    }

    private List<String> keys(UUID id) {
        return jdbc.sql("select notice_key from notification where notice_key like :pattern")
                .param("pattern", "advice-%:" + id + ":%").query(String.class).list();
    }
}
