package be.kompas.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.KompasIntegrationTest;
import be.kompas.advice.AdviceReportForwarded;
import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.identity.internal.SignedIn;
import be.kompas.lookups.LookupAlertConfirmed;
import be.kompas.people.StaffDirectory;
import be.kompas.tenancy.Organisations;

/** A case from its origin through triage, a track, the decision and the information duties to closing. */
@KompasIntegrationTest
@RecordApplicationEvents
class InvestigationFlowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    Cases cases;

    @BeforeEach
    void fixtures() {
        cases = new Cases(mvc, staff, organisations);
    }

    @Test
    void complaintRoutedToOversightOpensACaseToTriageWithItsOriginLinked() throws Exception {
        var officer = cases.person("demo", "Desmet");
        String body = mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + token("demo.customer"))
                .contentType("application/json").content("""
                        {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s", "description": "Kicked during arrest",
                         "contact": {"name": "Flow Citizen", "address": "Straat 1"}, "language": "nl"}"""
                        .formatted(java.time.LocalDate.now().minusDays(1))))
                .andReturn().getResponse().getContentAsString();
        String complaint = com.jayway.jsonpath.JsonPath.read(body, "$.summary.id");
        String reference = com.jayway.jsonpath.JsonPath.read(body, "$.summary.reference");
        cases.ok("demo.customer", post("/complaints/" + complaint + "/classify").param("factCode", "2.5"));
        cases.ok("demo.customer", post("/complaints/" + complaint + "/involve").param("personnelNumber",
                officer.personnelNumber()));
        cases.ok("demo.customer", post("/complaints/" + complaint + "/route").param("route", "OVERSIGHT"));

        UUID id = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select id from investigation_case where origin = 'COMPLAINT' and origin_reference = :ref")
                .param("ref", reference).query(UUID.class).optional(), java.util.Optional::isPresent).orElseThrow();
        mvc.perform(get("/investigations/" + id + "?lang=en").with(SignedIn.as("demo.ditlead")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("To triage")))
                .andExpect(content().string(containsString(officer.personnelNumber())))
                .andExpect(content().string(containsString("2.5")));
    }

    @Test
    void adviceForwardsToDitAndConfirmedLookUpAlertsOpenCases() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        UUID report = UUID.randomUUID();
        UUID whistleblower = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        var officer = cases.person("demo", "Desmet");
        // Received and acknowledged in the Advice Point well before the coach forwarded it.
        LocalDate received = LocalDate.now().minusDays(20);
        LocalDate acknowledged = LocalDate.now().minusDays(16);
        transactions.executeWithoutResult(tx -> {
            publisher.publishEvent(new AdviceReportForwarded(demo, report, "API-2026-0099", ForwardTarget.DIT,
                    "FW-" + report.toString().substring(0, 8), LocalDate.now(), ReportKind.QUESTION, null, null));
            publisher.publishEvent(new AdviceReportForwarded(demo, whistleblower, "API-2026-0097", ForwardTarget.DIT,
                    "FW-" + whistleblower.toString().substring(0, 8), LocalDate.now(), ReportKind.WHISTLEBLOWER,
                    received, acknowledged));
            publisher.publishEvent(new AdviceReportForwarded(demo, UUID.randomUUID(), "API-2026-0098",
                    ForwardTarget.MAYOR, "FW-x", LocalDate.now(), ReportKind.SUSPICION, null, null));
            publisher.publishEvent(new LookupAlertConfirmed(demo, alert, "P-123", officer.personnelNumber(),
                    List.of("OFF_DUTY"), "demo.coordinator", Instant.now()));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("select reference from investigation_case where origin_id = :id").param("id", report)
                    .query(String.class).list()).containsExactly("FW-" + report.toString().substring(0, 8));
            assertThat(jdbc.sql("select origin from investigation_case where origin_id = :id").param("id", report)
                    .query(String.class).single()).isEqualTo("ADVICE_POINT");
            // A whistleblower report stays one, so that its legal terms and routing follow it into the case.
            assertThat(jdbc.sql("select origin from investigation_case where origin_id = :id")
                    .param("id", whistleblower).query(String.class).single()).isEqualTo("WHISTLEBLOWER");
            // Its terms count from the receipt and the acknowledgement in the Advice Point, not from the forward.
            assertThat(jdbc.sql("select received_on from investigation_case where origin_id = :id")
                    .param("id", whistleblower).query(LocalDate.class).single()).isEqualTo(received);
            assertThat(jdbc.sql("select acknowledged_on from investigation_case where origin_id = :id")
                    .param("id", whistleblower).query(LocalDate.class).single()).isEqualTo(acknowledged);
            // An event without the date (published before it was added) counts from the forward.
            assertThat(jdbc.sql("select received_on from investigation_case where origin_id = :id")
                    .param("id", report).query(LocalDate.class).single()).isEqualTo(LocalDate.now());
            assertThat(jdbc.sql("""
                    select s.personnel_number from investigation_case c join investigation_staff s on s.case_id = c.id
                    where c.origin = 'LOOKUP_ALERT' and c.origin_id = :id""").param("id", alert)
                    .query(String.class).list()).containsExactly(officer.personnelNumber());
        });
        UUID id = jdbc.sql("select id from investigation_case where origin_id = :id").param("id", whistleblower)
                .query(UUID.class).single();
        mvc.perform(get("/investigations/" + id + "?lang=en").with(SignedIn.as("demo.ditlead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 days from receipt " + en(received))))
                .andExpect(content().string(containsString("3 months from the acknowledgement "
                        + en(acknowledged))));
    }

    /** A date as the English pages show it. */
    private static String en(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(date);
    }

    /** Opens a whistleblower case by hand as the head of oversight, received on the given day. */
    private UUID openWhistleblowerCase(LocalDate receivedOn) throws Exception {
        String location = mvc.perform(post("/investigations/new").param("origin", "WHISTLEBLOWER")
                .param("summary", "Internal channel report " + UUID.randomUUID())
                .param("receivedOn", receivedOn.toString()).with(SignedIn.as("demo.ditlead")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCaseOpenedByHandKeepsTheDayTheReportWasReceivedNeitherInTheFutureNorBefore1900() throws Exception {
        for (String day : List.of(LocalDate.now().plusDays(1).toString(), "1899-12-31")) {
            mvc.perform(post("/investigations/new").param("origin", "WHISTLEBLOWER").param("summary", "Too odd")
                    .param("receivedOn", day).with(SignedIn.as("demo.ditlead")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attribute("fieldErrors", hasKey("receivedOn")));
        }
        LocalDate received = LocalDate.now().minusDays(5);
        UUID id = openWhistleblowerCase(received);
        assertThat(jdbc.sql("select received_on from investigation_case where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(received);
        // The acknowledgement needs no track; the first one is the day the feedback term counts from.
        cases.ok("demo.ditlead", post("/investigations/" + id + "/step").param("kind", "ACKNOWLEDGEMENT")
                .param("text", "Uw melding werd ontvangen."));
        assertThat(jdbc.sql("select acknowledged_on from investigation_case where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now());
        mvc.perform(get("/investigations/" + id + "?lang=en").with(SignedIn.as("demo.ditlead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 days from receipt " + en(received))))
                .andExpect(content().string(containsString("3 months from the acknowledgement "
                        + en(LocalDate.now()))));
    }

    @Test
    void anAssignedInvestigatorExtendsTheTwentyWeekTermOnceByOneToFourWeeksWithAReason() throws Exception {
        UUID id = openWhistleblowerCase(LocalDate.now().minusDays(2));
        String investigator = jdbc.sql("select id::text from app_user where username = 'demo.investigator'")
                .query(String.class).single();
        // Not assigned yet, or in another zone: the case does not exist for the investigator.
        for (String user : List.of("demo.investigator", "demo2.investigator")) {
            mvc.perform(post("/investigations/" + id + "/extension").param("weeks", "2").param("reason", "Witnesses")
                    .with(SignedIn.as(user)).with(csrf())).andExpect(status().isNotFound());
        }
        cases.ok("demo.ditlead", post("/investigations/" + id + "/assign").param("investigator", investigator));
        // The chief decides but does not extend investigation terms.
        mvc.perform(post("/investigations/" + id + "/extension").param("weeks", "2").param("reason", "Witnesses")
                .with(SignedIn.as("demo.chief")).with(csrf())).andExpect(status().isForbidden());

        for (String weeks : List.of("0", "5", "", "two")) {
            mvc.perform(post("/investigations/" + id + "/extension?lang=en").param("weeks", weeks)
                    .param("reason", "Witnesses abroad").with(SignedIn.as("demo.investigator")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attributeHasFieldErrors("extension", "weeks"))
                    .andExpect(content().string(containsString("Weeks: extend by 1 to 4 weeks.")));
        }
        mvc.perform(post("/investigations/" + id + "/extension").param("weeks", "3").param("reason", " ")
                .with(SignedIn.as("demo.investigator")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("extension", "reason"));
        assertThat(jdbc.sql("select count(*) from investigation_case where id = :id and extension_weeks is not null")
                .param("id", id).query(Integer.class).single()).isZero();

        cases.ok("demo.investigator", post("/investigations/" + id + "/extension").param("weeks", "3")
                .param("reason", "Two witnesses are abroad until next month."));
        LocalDate opened = jdbc.sql("select opened_on from investigation_case where id = :id").param("id", id)
                .query(LocalDate.class).single();
        mvc.perform(get("/investigations/" + id + "?lang=en").with(SignedIn.as("demo.investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("20 weeks from opening " + en(opened)
                        + ", extended by 3 weeks")))
                .andExpect(content().string(containsString(en(opened.plusWeeks(23)))))
                .andExpect(content().string(containsString("Extension of the investigation term")))
                .andExpect(content().string(containsString("Two witnesses are abroad until next month.")));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_id = :id and action = 'investigations.case.extended'
                  and actor = 'demo.investigator'""").param("id", id.toString()).query(Integer.class).single())
                .isEqualTo(1);

        mvc.perform(post("/investigations/" + id + "/extension?lang=en").param("weeks", "1")
                .param("reason", "Once more").with(SignedIn.as("demo.investigator")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasErrors("extension"))
                .andExpect(content().string(containsString("it can be extended only once")));
        assertThat(jdbc.sql("select extension_weeks from investigation_case where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void onlyAWhistleblowerInvestigationTermIsExtended() throws Exception {
        UUID id = cases.open("INTERNAL_OVERSIGHT", "Not a whistleblower report");
        mvc.perform(post("/investigations/" + id + "/extension").param("weeks", "2").param("reason", "Witnesses")
                .with(SignedIn.as("demo.ditlead")).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(model().attribute("rejected", contains("investigations.invalid.extensionOrigin")));
    }

    @Test
    void followsACaseThroughTheDisciplinaryTrackToASanctionTheDutiesAndClosing() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("INTERNAL_OVERSIGHT", "Insulted a citizen", officer.personnelNumber());
        assertThat(events.stream(CaseOpened.class).filter(e -> e.caseId().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.staffConcerned()).containsExactly(officer.id().value()));
        cases.triageAndTrack(id, "DISCIPLINARY_PROCEDURE");
        String investigator = jdbc.sql("select id::text from app_user where username = 'demo.investigator'")
                .query(String.class).single();
        cases.ok("demo.ditlead", post("/investigations/" + id + "/assign").param("investigator", investigator));

        UUID concerned = jdbc.sql("select id from investigation_staff where case_id = :id").param("id", id)
                .query(UUID.class).single();
        String hearingOn = java.time.LocalDate.now().plusDays(7).toString();
        mvc.perform(get("/investigations/" + id).param("announceTo", concerned.toString())
                .param("hearingOn", hearingOn).param("lang", "en").with(SignedIn.as("demo.investigator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Dear Jonas Desmet")))
                .andExpect(content().string(containsString("Disciplinary procedure")));
        // The staff member does not know of the case before it is announced to them.
        mvc.perform(get("/investigations/mine/" + id).with(SignedIn.as("demo.officer")))
                .andExpect(status().isNotFound());
        cases.ok("demo.investigator", post("/investigations/" + id + "/announce")
                .param("concerned", concerned.toString()).param("hearingOn", hearingOn));
        cases.ok("demo.investigator", post("/investigations/" + id + "/hearing").param("concerned",
                concerned.toString()).param("heldOn", hearingOn).param("verbatim", "Q: Did you? A: I did not.")
                .param("representative", "Union delegate"));
        cases.ok("demo.investigator", multipart("/investigations/" + id + "/documents")
                .file(new MockMultipartFile("file", "report.txt", "text/plain", "v1".getBytes())));
        cases.ok("demo.investigator", multipart("/investigations/" + id + "/documents")
                .file(new MockMultipartFile("file", "report.txt", "text/plain", "v2".getBytes())));
        assertThat(jdbc.sql("select version, sha256 from investigation_document where case_id = :id order by version")
                .param("id", id).query((rs, n) -> rs.getInt(1) + ":" + rs.getString(2)).list()).containsExactly(
                        "1:" + sha256("v1"), "2:" + sha256("v2"));
        UUID latest = jdbc.sql("select id from investigation_document where case_id = :id and version = 2")
                .param("id", id).query(UUID.class).single();
        mvc.perform(get("/investigations/" + id + "/documents/" + latest).with(SignedIn.as("demo.investigator")))
                .andExpect(status().isOk()).andExpect(content().bytes("v2".getBytes()))
                .andExpect(header().string("Content-Disposition", containsString("report.txt")));

        // The staff member signs the hearing report through their own login.
        String page = mvc.perform(get("/investigations/mine/" + id).param("lang", "en")
                .with(SignedIn.as("demo.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I did not."))).andReturn().getResponse()
                .getContentAsString();
        UUID step = jdbc.sql("select id from investigation_step where case_id = :id and kind = 'HEARING'")
                .param("id", id).query(UUID.class).single();
        assertThat(page).contains("/investigations/mine/" + id + "/sign/" + step);
        assertThat(cases.act("demo.officer", post("/investigations/mine/" + id + "/sign/" + step))).isNull();
        assertThat(jdbc.sql("select signed_at is not null from investigation_step where id = :id").param("id", step)
                .query(Boolean.class).single()).isTrue();

        cases.ok("demo.chief", post("/investigations/" + id + "/decide").param("outcome", "LIGHT_SANCTION")
                .param("sanction", "REPRIMAND").param("text", "Reprimand for insulting a citizen.")
                .param("anonymisedFacts", "An officer insulted a citizen during a check.")
                .param("aggravating", "In uniform").param("mitigating", "Apologised\nFirst time"));
        assertThat(events.stream(CaseDecided.class).filter(e -> e.caseId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("LIGHT_SANCTION");
                    assertThat(e.sanction()).isEqualTo("REPRIMAND");
                    assertThat(e.factCodes()).containsExactly("1.2");
                    assertThat(e.mitigating()).containsExactly("Apologised", "First time");
                });
        // Closing waits until the staff member has been told the outcome.
        assertThat(cases.act("demo.chief", post("/investigations/" + id + "/close")))
                .containsExactly("investigations.invalid.notInformed");

        for (var duty : jdbc.sql("select id, recipient from investigation_information_duty where case_id = :id")
                .param("id", id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
            cases.ok("demo.ditlead", post("/investigations/" + id + "/duties/" + duty.get(0) + "/sent")
                    .param("recipientName", "Recipient " + duty.get(1)));
        }
        assertThat(events.stream(InformationDutySent.class).filter(e -> e.caseId().equals(id))
                .map(InformationDutySent::recipient)).contains(Recipient.AIG, Recipient.MAYOR, Recipient.COMITE_P,
                        Recipient.STAFF_MEMBER);
        // The notice to the AIG lands in the AIG analyst's inbox, with the zone and the reference only.
        String reference = jdbc.sql("select reference from investigation_case where id = :id").param("id", id)
                .query(String.class).single();
        mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as("aig.analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("informs you of the decision in internal investigation "
                        + reference)));
        mvc.perform(get("/investigations/mine/" + id).param("lang", "en").with(SignedIn.as("demo.officer")))
                .andExpect(content().string(containsString("Reprimand")));
        cases.ok("demo.chief", post("/investigations/" + id + "/close"));
        assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.breachFound()).isTrue();
                    assertThat(e.sanction()).isEqualTo("REPRIMAND");
                    assertThat(e.staffConcerned()).containsExactly(officer.id().value());
                });
        assertThat(jdbc.sql("select retention_class from investigation_case where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("disciplinary");

        // The decision reaches the case-law database as a draft, and closing starts the aftercare with a recovery
        // path after the sanction; both modules learn of the case only through its events.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from caselaw_entry where case_id = :id and sanction = 'REPRIMAND'").param("id", id)
                .query(Long.class).single() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from aftercare_task where case_id = :id and kind = 'RECOVERY_PATH'").param("id", id)
                .query(Long.class).single() == 1);
    }

    @Test
    void noBreachIsToldToTheStaffMemberToo() throws Exception {
        var officer = cases.person("demo", "Desmet");
        UUID id = cases.open("DISCIPLINE", "Late report", officer.personnelNumber());
        cases.triageAndTrack(id, "DISCIPLINARY_PRE_INVESTIGATION");
        assertThat(cases.act("demo.chief", post("/investigations/" + id + "/decide").param("outcome", "NO_BREACH")
                .param("sanction", "WARNING").param("text", "No breach.")))
                .containsExactly("investigations.invalid.noSanction");
        cases.ok("demo.chief", post("/investigations/" + id + "/decide").param("outcome", "NO_BREACH")
                .param("text", "No breach found."));
        assertThat(jdbc.sql("""
                select count(*) from investigation_information_duty where case_id = :id and recipient = 'STAFF_MEMBER'""")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String token(String username) {
        return logins().byUsername(username).orElseThrow().apiToken();
    }

    @Autowired
    be.kompas.demo.DemoLogins demoLogins;

    private be.kompas.demo.DemoLogins logins() {
        return demoLogins;
    }
}
