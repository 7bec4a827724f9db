package be.kompas.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;
import tools.jackson.databind.json.JsonMapper;

/** The daily reminders of complaint deadlines: to the coordinators only, once per term and due date. */
@KompasIntegrationTest
class ComplaintRemindersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    ComplaintReminders reminders;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void remindsTheCoordinatorOfDueAndOverdueDeadlinesOnce() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate horizon = workingDays.addWorkingDays(demo, today, ComplaintReminders.SOON);
        // A day of receipt whose acknowledgement term ends within the reminder horizon, but not before today.
        LocalDate received = today;
        while (workingDays.addWorkingDays(demo, received, 7).isAfter(horizon)) {
            received = received.minusDays(1);
        }
        String soon = register(received, "Acknowledgement due soon");
        String overdue = register(today.minusDays(60), "Everything overdue");
        String fresh = register(today, "Received today");

        assertThat(reminders.remind(today)).isGreaterThanOrEqualTo(3);
        assertThat(keys(soon)).containsExactly("complaint-acknowledge-soon:" + soon + ":"
                + workingDays.addWorkingDays(demo, received, 7));
        assertThat(keys(overdue)).hasSize(2).allMatch(key -> key.contains("-overdue:"));
        assertThat(keys(fresh)).isEmpty();

        // The next morning's run sends nothing new for the same deadlines.
        reminders.remind(today);
        assertThat(keys(soon)).hasSize(1);
        assertThat(keys(overdue)).hasSize(2);

        String soonReference = reference(soon);
        mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(soonReference + ": the acknowledgement is due on")))
                .andExpect(content().string(not(containsString("Acknowledgement due soon"))));
        mvc.perform(get("/inbox").with(SignedIn.as("demo.chief")))
                .andExpect(content().string(not(containsString(soonReference))));
        mvc.perform(get("/inbox").with(SignedIn.as("demo2.chief")))
                .andExpect(content().string(not(containsString(soonReference))));
    }

    @Test
    void remindsOnceOfTheOverdueInformationDutiesOfAComplaint() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        String id = register(today, "Nobody told Comité P");
        LocalDate due = today.minusDays(2);
        jdbc.sql("update complaint_information_duty set due_on = :due where complaint_id = :id::uuid")
                .param("due", due).param("id", id).update();
        reminders.remind(today);
        reminders.remind(today);
        assertThat(jdbc.sql("select notice_key from notification where notice_key like :pattern")
                .param("pattern", "complaint-duties-%:" + id + ":%").query(String.class).list())
                .containsExactly("complaint-duties-overdue:" + id + ":" + due);
        mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as("demo.customer")))
                .andExpect(content().string(containsString(reference(id) + ": information duties were due on")));
    }

    private java.util.List<String> keys(String id) {
        return jdbc.sql("select notice_key from notification where notice_key like :pattern"
                + " and notice_key not like 'complaint-duties-%' order by notice_key")
                .param("pattern", "complaint-%:" + id + ":%").query(String.class).list();
    }

    private String register(LocalDate receivedOn, String description) throws Exception {
        var result = mvc.perform(post("/api/v1/complaints").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + logins.byUsername("demo.customer").orElseThrow().apiToken()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "%s"}"""
                        .formatted(receivedOn, description)))
                .andExpect(status().isCreated()).andReturn();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("summary")
                .get("id").asString();
    }

    private String reference(String id) {
        return jdbc.sql("select reference from complaint where id = :id::uuid").param("id", id).query(String.class)
                .single();
    }
}
