package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer coordinator's information duties (domain.md 1.4, 4.1, 4.4): Comité P and the AIG learn of complaints
 * and their outcome, the services concerned and the colleagues involved of the CP3 routing and the outcome.
 */
@KompasIntegrationTest
@RecordApplicationEvents
class ComplaintInformationDutiesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void informsTheControlBodiesTheServiceAndTheColleagueAndRecordsEachMessage() throws Exception {
        var officer = demoStaff("Desmet");
        String id = coordinator().register("""
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Rude at the desk",
                 "contact": {"name": "Duty Complainant", "email": "duty.complainant@example.org"}, "language": "fr"}"""
                .formatted(today().minusDays(1)));
        var demo = organisations.findByCode("demo").orElseThrow().id();
        assertThat(duties(id)).extracting(d -> d.get("occasion").asString() + " " + d.get("recipient").asString())
                .containsExactlyInAnyOrder("RECEIVED COMITE_P", "RECEIVED AIG");
        assertThat(duty(id, "RECEIVED", "AIG").get("dueOn").asString())
                .isEqualTo(workingDays.addWorkingDays(demo, today().minusDays(1), 7).toString());

        coordinator().web(post("/complaints/" + id + "/classify").param("factCode", "1.2"));
        coordinator().web(post("/complaints/" + id + "/involve")
                .param("personnelNumber", officer.personnelNumber()));
        coordinator().web(post("/complaints/" + id + "/route").param("route", "HEAD_OF_SERVICE"));
        assertThat(duties(id)).extracting(d -> d.get("occasion").asString() + " " + d.get("recipient").asString()
                + " " + d.path("recipientName").asString()).contains("ROUTED SERVICE_CONCERNED " + officer.unitName(),
                        "ROUTED STAFF_MEMBER " + officer.fullName());

        // The message to the AIG is drafted in the zone's language, names no staff member, and can be asked in another.
        String aig = duty(id, "RECEIVED", "AIG").get("id").asString();
        String reference = coordinator().reference(id);
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id + "/duties/" + aig + "/draft")
                .param("language", "fr"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.message").value(containsString("Inspection générale")))
                .andExpect(jsonPath("$.message").value(containsString(reference)))
                .andExpect(jsonPath("$.message").value(containsString("1.2")))
                .andExpect(jsonPath("$.message").value(not(containsString("Desmet"))))
                .andExpect(jsonPath("$.message").value(not(containsString("Duty Complainant"))));
        mvc.perform(get("/complaints/" + id + "/duties/" + aig).param("language", "nl")
                .with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Algemene Inspectie van de Federale Politie")));

        // Marked sent with the edited message: dated in the history, in the audit trail, and in the AIG's inbox.
        mvc.perform(post("/complaints/" + id + "/duties/" + aig + "/sent").with(SignedIn.as("demo.customer"))
                .with(csrf()).param("message", "Edited message to the AIG about " + reference)
                .param("language", "nl").param("sentOn", today().toString()))
                .andExpect(status().is3xxRedirection());
        var sent = duty(id, "RECEIVED", "AIG");
        assertThat(sent.get("sentOn").asString()).isEqualTo(today().toString());
        assertThat(sent.get("message").asString()).isEqualTo("Edited message to the AIG about " + reference);
        assertThat(sent.get("language").asString()).isEqualTo("nl");
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id)))
                .andExpect(jsonPath("$.history[*].step").value(hasItem("informed")))
                .andExpect(jsonPath("$.history[-1].detail").value("AIG, RECEIVED, " + today()));
        assertThat(events.stream(ComplaintInformationDutySent.class).filter(e -> e.complaint().toString().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.recipient()).isEqualTo(DutyRecipient.AIG));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'complaints.duty.sent' and record_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as("aig.analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("informs you that citizen complaint " + reference
                        + " was received")))
                .andExpect(content().string(not(containsString(officer.fullName()))));

        // The colleague's message names them and the outcome; closing drops the routing messages not sent.
        String colleague = duty(id, "ROUTED", "STAFF_MEMBER").get("id").asString();
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints/" + id + "/duties/" + colleague + "/sent"),
                "{\"message\": \"Beste collega\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.sentOn").value(today().toString()));
        coordinator().web(post("/complaints/" + id + "/close").param("outcome", "UNFOUNDED")
                .param("answer", "Non fondée."));
        assertThat(duties(id)).extracting(d -> d.get("occasion").asString() + " " + d.get("recipient").asString())
                .containsExactlyInAnyOrder("RECEIVED COMITE_P", "RECEIVED AIG", "ROUTED STAFF_MEMBER",
                        "CLOSED COMITE_P", "CLOSED AIG", "CLOSED SERVICE_CONCERNED", "CLOSED STAFF_MEMBER");
        String outcome = duty(id, "CLOSED", "STAFF_MEMBER").get("id").asString();
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id + "/duties/" + outcome + "/draft")
                .param("language", "en"))).andExpect(jsonPath("$.message").value(containsString(officer.fullName())))
                .andExpect(jsonPath("$.message").value(containsString("Unfounded")));
        mvc.perform(get("/complaints/" + id).param("lang", "en").with(SignedIn.as("demo.customer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Information duties")))
                .andExpect(content().string(containsString("Write the message")));
    }

    @Test
    void leavesOutTheBodyThatForwardedTheComplaintAndHasNoDutiesForCompliments() throws Exception {
        String forwarded = coordinator().register("""
                {"type": "COMPLAINT", "channel": "COMITE_P", "receivedOn": "%s", "description": "Forwarded by Comité P"}"""
                .formatted(today()));
        assertThat(duties(forwarded)).extracting(d -> d.get("recipient").asString()).containsExactly("AIG");
        String compliment = coordinator().register("""
                {"type": "COMPLIMENT", "channel": "EMAIL", "receivedOn": "%s", "description": "Thank you"}"""
                .formatted(today()));
        assertThat(duties(compliment)).isEmpty();

        // Internal oversight announces its own investigation: routing there informs nobody of the zone.
        var officer = demoStaff("Desmet");
        String oversight = coordinator().register("""
                {"type": "COMPLAINT", "channel": "EMAIL", "receivedOn": "%s", "description": "Hit during arrest"}"""
                .formatted(today()));
        coordinator().web(post("/complaints/" + oversight + "/involve")
                .param("personnelNumber", officer.personnelNumber()));
        coordinator().web(post("/complaints/" + oversight + "/route").param("route", "HEAD_OF_SERVICE"));
        assertThat(duties(oversight)).extracting(d -> d.get("occasion").asString()).contains("ROUTED");
        coordinator().web(post("/complaints/" + oversight + "/route").param("route", "OVERSIGHT"));
        assertThat(duties(oversight)).extracting(d -> d.get("occasion").asString()).doesNotContain("ROUTED");
    }

    @Test
    void listsOpenAndOverdueDutiesOnlyOfTheOwnZone() throws Exception {
        String id = coordinator().register("""
                {"type": "COMPLAINT", "channel": "PHONE", "receivedOn": "%s", "description": "Nobody called back"}"""
                .formatted(today()));
        String reference = coordinator().reference(id);
        // Long overdue, so that it heads the list, which shows the earliest due first.
        jdbc.sql("update complaint_information_duty set due_on = :due where complaint_id = :id and recipient = 'AIG'")
                .param("due", today().minusYears(3)).param("id", java.util.UUID.fromString(id)).update();
        assertThat(duty(id, "RECEIVED", "AIG").get("overdue").asBoolean()).isTrue();
        assertThat(duty(id, "RECEIVED", "COMITE_P").get("overdue").asBoolean()).isFalse();
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/duties").param("overdue", "true")
                .param("size", "500"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reference").value(hasItem(reference)))
                .andExpect(jsonPath("$.content[?(@.reference == '" + reference + "')].recipient")
                        .value(org.hamcrest.Matchers.contains("AIG")));
        mvc.perform(get("/complaints/duties").param("overdue", "true").param("lang", "en")
                .with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Periodic summary for Comité P and the AIG")));
        mvc.perform(get("/complaints").param("lang", "en").with(SignedIn.as("demo.customer")))
                .andExpect(content().string(containsString("overdue-duties")));
        for (String lang : new String[] { "nl", "fr", "en" }) {
            mvc.perform(get("/complaints/duties").param("lang", lang).with(SignedIn.as("demo.chief")))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("write-duty"))));
        }

        String duty = duty(id, "RECEIVED", "AIG").get("id").asString();
        mvc.perform(api().as("demo2.chief", get("/api/v1/complaints/" + id + "/duties")))
                .andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/complaints/duties").param("size", "500")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].reference").value(not(hasItem(reference))));
        mvc.perform(get("/complaints/duties").with(SignedIn.as("demo2.chief")))
                .andExpect(content().string(not(containsString(reference))));
        // Reading is not handling: the chief may not write or send, the officer may not see.
        mvc.perform(api().json("demo.chief", post("/api/v1/complaints/" + id + "/duties/" + duty + "/sent"),
                "{\"message\": \"x\"}")).andExpect(status().isForbidden());
        mvc.perform(api().as("demo.officer", get("/api/v1/complaints/duties"))).andExpect(status().isForbidden());
    }

    @Test
    void refusesBadInputNamingTheField() throws Exception {
        String id = coordinator().register("""
                {"type": "COMPLAINT", "channel": "DESK", "receivedOn": "%s", "description": "Waited two hours"}"""
                .formatted(today()));
        String duty = duty(id, "RECEIVED", "COMITE_P").get("id").asString();
        String sent = "/api/v1/complaints/" + id + "/duties/" + duty + "/sent";
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"  \"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("message")));
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"Text\", \"sentOn\": \"%s\"}"
                .formatted(today().plusDays(1)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("sentOn")));
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"Text\", \"sentOn\": \"%s\"}"
                .formatted(today().minusDays(1)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("sentOn")));
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"Text\", \"language\": \"de\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("language")));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id + "/duties/" + duty + "/draft")
                .param("language", "de"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("language")));
        mvc.perform(post("/complaints/" + id + "/duties/" + duty + "/sent").with(SignedIn.as("demo.customer"))
                .with(csrf()).param("message", "").param("language", "en").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Write the message.")));
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"Text\"}")).andExpect(status().isOk());
        mvc.perform(api().json("demo.customer", post(sent), "{\"message\": \"Again\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("duty")));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id + "/duties/"
                + java.util.UUID.randomUUID() + "/draft"))).andExpect(status().isNotFound());
    }

    private List<JsonNode> duties(String id) throws Exception {
        var result = mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id + "/duties")))
                .andExpect(status().isOk()).andReturn();
        var list = new java.util.ArrayList<JsonNode>();
        JSON.readTree(result.getResponse().getContentAsString()).forEach(list::add);
        return list;
    }

    private JsonNode duty(String id, String occasion, String recipient) throws Exception {
        return duties(id).stream().filter(d -> d.get("occasion").asString().equals(occasion)
                && d.get("recipient").asString().equals(recipient)).findFirst().orElseThrow();
    }

    private StaffMemberSummary demoStaff(String name) {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        return staff.search(demo, StaffQuery.text(name), PageRequest.of(0, 1)).content().get(0);
    }

    private Coordinator coordinator() {
        return new Coordinator(mvc, logins);
    }

    private Api api() {
        return new Api(logins);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
