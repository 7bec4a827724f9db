package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import be.kompas.people.Units;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
@RecordApplicationEvents
class ComplaintHandlingIntegrationTests {

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
    Units units;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void coordinatorClassifiesRoutesAndClosesWithAGeneratedAnswer() throws Exception {
        var officer = demoStaff("Desmet");
        String id = register("""
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Coup de poing lors d'une arrestation",
                 "location": "Gare", "contact": {"name": "Lucie Handling", "address": "Rue Haute 1, 1000 Bruxelles"},
                 "language": "fr"}""".formatted(today().minusDays(2)));

        web(post("/complaints/" + id + "/classify").param("factCode", "2.5").param("tags", "NORM_CARE",
                "THEME_WORD_AGAINST_WORD"));
        web(post("/complaints/" + id + "/involve").param("personnelNumber", officer.personnelNumber()));
        web(post("/complaints/" + id + "/route").param("route", "OVERSIGHT").param("note", "Possible violence"));
        assertThat(events.stream(ComplaintAssignedToOversight.class)
                .filter(e -> e.complaint().value().toString().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.factCode()).isEqualTo("2.5");
                    assertThat(e.staffIds()).containsExactly(officer.id().value());
                });

        mvc.perform(get("/complaints/" + id + "/close").param("outcome", "UNFOUNDED")
                .with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Madame, Monsieur Lucie Handling")))
                .andExpect(content().string(containsString("non fondée")))
                .andExpect(content().string(containsString("Comité P")));
        web(post("/complaints/" + id + "/close").param("outcome", "UNFOUNDED")
                .param("answer", "Madame, nous estimons votre plainte non fondée. Comité P, puis le médiateur."));

        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("CLOSED"))
                .andExpect(jsonPath("$.summary.outcome").value("UNFOUNDED"))
                .andExpect(jsonPath("$.summary.factCode").value("2.5"))
                .andExpect(jsonPath("$.summary.route").value("OVERSIGHT"))
                .andExpect(jsonPath("$.summary.closedOn").value(today().toString()))
                .andExpect(jsonPath("$.answer").value(containsString("non fondée")))
                .andExpect(jsonPath("$.tags.length()").value(2))
                .andExpect(jsonPath("$.involved[0].unitName").value(officer.unitName()))
                .andExpect(jsonPath("$.history[*].step").value(org.hamcrest.Matchers.contains("received",
                        "classified", "involved", "routed", "closed")));

        // The chief reads without the complainant; the officer sees that it exists and how it ended.
        mvc.perform(get("/complaints/" + id).with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Lucie Handling"))));
        mvc.perform(get("/complaints/" + id).with(SignedIn.as("demo.customer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lucie Handling")));
        String reference = reference(id);
        mvc.perform(get("/complaints/mine").with(SignedIn.as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(not(containsString("Lucie Handling"))));
        mvc.perform(get("/complaints/" + id).with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void closesThroughTheApiWithTheTemplateAndRefusesAWrongOutcome() throws Exception {
        String id = register("""
                {"type": "COMPLIMENT", "channel": "PHONE", "receivedOn": "%s", "description": "Thanks",
                 "contact": {"name": "Kim Api", "email": "kim.api@example.org"}, "language": "en"}"""
                .formatted(today()));
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints/" + id + "/closure"),
                "{\"outcome\": \"FOUNDED\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints/" + id + "/closure"),
                "{\"outcome\": \"HANDLED\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value(containsString("Dear Kim Api")))
                .andExpect(jsonPath("$.summary.status").value("CLOSED"));
    }

    @Test
    void forwardsAComplimentToTheStaffMemberAndTheirLineManager() throws Exception {
        var officer = demoStaff("Desmet");
        String id = register("""
                {"type": "COMPLIMENT", "channel": "EMAIL", "receivedOn": "%s", "description": "Great help with my lost wallet"}"""
                .formatted(today()));
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints/" + id + "/involved"),
                "{\"personnelNumber\": \"" + officer.personnelNumber() + "\"}")).andExpect(status().isOk());
        web(post("/complaints/" + id + "/forward"));
        String reference = reference(id);
        for (String user : new String[] { "demo.officer", "demo.manager" }) {
            mvc.perform(get("/complaints/mine").with(SignedIn.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(reference)));
        }
        mvc.perform(get("/complaints/mine").with(SignedIn.as("demo.coach")))
                .andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void linksAUnitWhenTheStaffAreNotKnownButNeverAnotherZonesUnit() throws Exception {
        var demoUnit = units.tree(organisations.findByCode("demo").orElseThrow().id()).get(1).unit();
        var otherUnit = units.tree(organisations.findByCode("demo2").orElseThrow().id()).get(1).unit();
        String id = register("""
                {"type": "COMPLAINT", "channel": "MAYOR", "receivedOn": "%s", "description": "A patrol was rude"}"""
                .formatted(today()));
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints/" + id + "/involved"),
                "{\"unitId\": \"" + otherUnit.id() + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        web(post("/complaints/" + id + "/involve-unit").param("unit", demoUnit.id().toString()));
        // Under CP3 the head of the unit concerned investigates first, and the history names them.
        web(post("/complaints/" + id + "/route").param("route", "HEAD_OF_SERVICE"));
        var demo = organisations.findByCode("demo").orElseThrow().id();
        String head = staff.find(demo, java.util.Objects.requireNonNull(demoUnit.head())).orElseThrow().fullName();
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id)))
                .andExpect(jsonPath("$.involved[0].unitName").value(demoUnit.name()))
                .andExpect(jsonPath("$.involved[0].staffId").doesNotExist())
                .andExpect(jsonPath("$.history[2].detail").value("HEAD_OF_SERVICE (" + head + ")"));
    }

    @Test
    void proposesAnEarlierItemOfTheSameComplainantForLinking() throws Exception {
        String first = register("""
                {"type": "COMPLAINT", "channel": "EMAIL", "receivedOn": "%s", "description": "Noise from the bar at night",
                 "contact": {"email": "twice@example.org"}}""".formatted(today().minusDays(3)));
        String second = register("""
                {"type": "COMPLAINT", "channel": "PHONE", "receivedOn": "%s", "description": "Nobody came about the bar",
                 "contact": {"email": "Twice@example.org"}}""".formatted(today()));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + second)))
                .andExpect(jsonPath("$.possibleDuplicates[*].id").value(hasItem(first)));
        web(post("/complaints/" + second + "/link").param("earlier", first));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + second)))
                .andExpect(jsonPath("$.duplicateOf.id").value(first))
                .andExpect(jsonPath("$.possibleDuplicates.length()").value(0));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + first)))
                .andExpect(jsonPath("$.summary.status").value("RECEIVED"));
    }

    @Test
    void countsDeadlinesInWorkingDaysAndListsOverdueItems() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        LocalDate received = today().minusDays(60);
        String id = register("""
                {"type": "COMPLAINT", "channel": "DESK", "receivedOn": "%s", "description": "Forgotten at the desk"}"""
                .formatted(received));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints/" + id)))
                .andExpect(jsonPath("$.summary.acknowledgeDue")
                        .value(workingDays.addWorkingDays(demo, received, 7).toString()))
                .andExpect(jsonPath("$.summary.answerDue")
                        .value(workingDays.addWorkingDays(demo, received, 30).toString()))
                .andExpect(jsonPath("$.summary.acknowledgementOverdue").value(true))
                .andExpect(jsonPath("$.summary.answerOverdue").value(true));
        mvc.perform(api().as("demo.customer", get("/api/v1/complaints").param("overdue", "true").param("size", "200")))
                .andExpect(jsonPath("$.content[*].id").value(hasItem(id)));
        mvc.perform(get("/complaints").param("overdue", "true").with(SignedIn.as("demo.customer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(reference(id))));
    }

    @Test
    void recalculatesTheDeadlinesOfOpenItemsWhenTheServiceLevelChanges() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        LocalDate received = today().minusDays(3);
        String waiting = register("""
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Not yet acknowledged"}"""
                .formatted(received));
        String acknowledged = register("""
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Acknowledged already"}"""
                .formatted(received));
        web(post("/complaints/" + acknowledged + "/acknowledge"));
        String closed = register("""
                {"type": "COMPLIMENT", "channel": "LETTER", "receivedOn": "%s", "description": "Closed already"}"""
                .formatted(received));
        web(post("/complaints/" + closed + "/close").param("outcome", "HANDLED").param("answer", ""));
        var closedBefore = summary(closed);
        mvc.perform(get("/complaints/settings").with(SignedIn.as("demo.customer")).param("lang", "en"))
                .andExpect(content().string(containsString("Closed items keep the deadlines")));
        try {
            var result = mvc.perform(post("/complaints/settings").with(SignedIn.as("demo.customer")).with(csrf())
                    .param("acknowledgeDays", "3").param("answerDays", "15")).andExpect(status().is3xxRedirection())
                    .andReturn();
            assertThat((Integer) result.getFlashMap().get("recalculated")).isPositive();

            assertThat(summary(waiting).get("acknowledgeDue").asString())
                    .isEqualTo(workingDays.addWorkingDays(demo, received, 3).toString());
            assertThat(summary(waiting).get("answerDue").asString())
                    .isEqualTo(workingDays.addWorkingDays(demo, received, 15).toString());
            // An acknowledgement already sent keeps its term; the answer term applies to every open item.
            assertThat(summary(acknowledged).get("acknowledgeDue").asString())
                    .isEqualTo(workingDays.addWorkingDays(demo, received, 7).toString());
            assertThat(summary(acknowledged).get("answerDue").asString())
                    .isEqualTo(workingDays.addWorkingDays(demo, received, 15).toString());
            assertThat(summary(closed)).isEqualTo(closedBefore);
            mvc.perform(get("/complaints/" + waiting).with(SignedIn.as("demo.customer")).param("lang", "en"))
                    .andExpect(content().string(containsString("Deadlines recalculated")));
        }
        finally {
            mvc.perform(post("/complaints/settings").with(SignedIn.as("demo.customer")).with(csrf())
                    .param("acknowledgeDays", "7").param("answerDays", "30"));
        }
        assertThat(summary(waiting).get("answerDue").asString())
                .isEqualTo(workingDays.addWorkingDays(demo, received, 30).toString());
    }

    @Test
    void keepsAnotherZonesItemsInvisible() throws Exception {
        String id = register("""
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Only for the demo zone"}"""
                .formatted(today()));
        mvc.perform(api().as("demo2.chief", get("/api/v1/complaints/" + id))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + id).with(SignedIn.as("demo2.chief"))).andExpect(status().isNotFound());
        mvc.perform(api().as("demo2.chief", get("/api/v1/complaints").param("size", "200")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id").value(not(hasItem(id))))
                .andExpect(jsonPath("$.content[*].reference").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("DEMO2-"))));
    }

    @Test
    void refusesRolesThatDoNotHandleComplaints() throws Exception {
        mvc.perform(api().as("demo.officer", get("/api/v1/complaints"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/new").with(SignedIn.as("demo.chief"))).andExpect(status().isForbidden());
        mvc.perform(api().json("demo.chief", post("/api/v1/complaints"), "{}")).andExpect(status().isForbidden());
        mvc.perform(api().as("aig.analyst", get("/api/v1/complaints"))).andExpect(status().isForbidden());
        mvc.perform(api().json("demo.chief", put("/api/v1/complaints/service-level"),
                "{\"acknowledgeDays\": 5, \"answerDays\": 20}")).andExpect(status().isForbidden());
        mvc.perform(api().json("demo.customer", put("/api/v1/complaints/service-level"),
                "{\"acknowledgeDays\": 10, \"answerDays\": 5}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answerDays"));
        mvc.perform(api().json("demo.customer", post("/api/v1/complaints"), "{\"type\": \"COMPLAINT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("channel")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("description")));
    }

    @Test
    void rendersTheCoordinatorsPagesInEveryLanguage() throws Exception {
        String id = register("""
                {"type": "COMPLAINT", "channel": "COMITE_P", "receivedOn": "%s", "description": "Forwarded by Comité P",
                 "contact": {"name": "Page Reader", "email": "page.reader@example.org"}}""".formatted(today()));
        for (String lang : new String[] { "nl", "fr", "en" }) {
            for (String path : new String[] { "/complaints", "/complaints/new", "/complaints/" + id,
                    "/complaints/settings", "/complaints/statistics", "/complaints/mine" }) {
                mvc.perform(get(path).param("lang", lang).with(SignedIn.as("demo.customer")))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(post("/complaints/new").with(SignedIn.as("demo.customer")).with(csrf()).param("channel", "DESK")
                .param("receivedOn", today().toString()).param("kind", "QUESTION")
                .param("description", "How do I get a copy of my statement?").param("language", "en"))
                .andExpect(status().is3xxRedirection());
    }

    private String register(String body) throws Exception {
        return coordinator().register(body);
    }

    private tools.jackson.databind.JsonNode summary(String id) throws Exception {
        return coordinator().summary(id);
    }

    private String reference(String id) throws Exception {
        return coordinator().reference(id);
    }

    private void web(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        coordinator().web(request);
    }

    private Coordinator coordinator() {
        return new Coordinator(mvc, logins);
    }

    private StaffMemberSummary demoStaff(String name) {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        return staff.search(demo, StaffQuery.text(name), PageRequest.of(0, 1)).content().get(0);
    }

    private Api api() {
        return new Api(logins);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
