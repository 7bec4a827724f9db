package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.demo.DemoLogins;

/**
 * A complaint routed to internal oversight becomes a case; the head of oversight triages it and assigns an
 * investigator, the chief decides the disciplinary track, the investigator announces and hears the staff member, who
 * signs the report through their own login; the chief decides a reprimand, the duties are sent and the case closes.
 */
@BrowserTest
class InvestigationsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoLogins logins;

    @Autowired
    JdbcClient jdbc;

    private String api(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + logins.byUsername("demo.customer").orElseThrow().apiToken())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
        return response.body();
    }

    @Test
    void complaintForwardedToOversightGoesThroughTriageTheDisciplinaryTrackADecisionAndTheDuties(Browser browser)
            throws Exception {
        String personnelNumber = jdbc.sql("select personnel_number from staff_member where surname = 'Desmet'")
                .query(String.class).list().get(0);
        String body = api("POST", "/api/v1/complaints", """
                {"type": "COMPLAINT", "channel": "LETTER", "receivedOn": "%s",
                 "description": "The officer called me names at the station.",
                 "contact": {"name": "Browser Complainant", "address": "Straat 2"}, "language": "nl"}"""
                .formatted(LocalDate.now().minusDays(1)));
        String complaint = com.jayway.jsonpath.JsonPath.read(body, "$.summary.id");
        String complaintReference = com.jayway.jsonpath.JsonPath.read(body, "$.summary.reference");
        api("PUT", "/api/v1/complaints/" + complaint + "/classification", "{\"factCode\": \"1.2\"}");
        api("POST", "/api/v1/complaints/" + complaint + "/involved", "{\"personnelNumber\": \"" + personnelNumber
                + "\"}");
        api("PUT", "/api/v1/complaints/" + complaint + "/route", "{\"route\": \"OVERSIGHT\"}");
        UUID id = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select id from investigation_case where origin_reference = :ref").param("ref", complaintReference)
                .query(UUID.class).optional(), Optional::isPresent).orElseThrow();
        String investigator = jdbc.sql("select id::text from app_user where username = 'demo.investigator'")
                .query(String.class).single();

        browser.signIn("demo.ditlead");
        browser.open("/investigations?lang=en");
        browser.screenshot("list");
        browser.open("/investigations/" + id + "?lang=en");
        assertThat(browser.text(By.id("state"))).contains("To triage");
        assertThat(browser.pageText()).contains(complaintReference, personnelNumber);
        browser.type(By.id("triage-facts"), "A citizen says the officer insulted him at the station.")
                .select(By.id("factCodes"), "1.2").check(By.cssSelector("input[value='WORKPLACE_CONDUCT']"))
                .type(By.id("advice"), "Disciplinary procedure advised.");
        browser.screenshot("triage");
        browser.clickAndWait(By.id("save-triage"));
        browser.select(By.id("investigator"), investigator).clickAndWait(By.id("assign"));
        assertThat(browser.text(By.id("assignments"))).contains("demo.investigator");
        browser.signOut();

        browser.signIn("demo.chief");
        browser.open("/investigations/" + id + "?lang=en");
        browser.select(By.id("check"), "DISCIPLINARY_PROCEDURE").clickAndWait(By.id("check-track"));
        assertThat(browser.text(By.id("findings"))).contains("no objection");
        browser.screenshot("track-check");
        browser.clickAndWait(By.id("choose-track"));
        assertThat(browser.text(By.id("state"))).contains("In progress", "Disciplinary procedure");
        browser.signOut();

        browser.signIn("demo.investigator");
        String concerned = jdbc.sql("select id::text from investigation_staff where case_id = :id").param("id", id)
                .query(String.class).single();
        browser.open("/investigations/" + id + "?lang=en&announceTo=" + concerned + "&hearingOn="
                + LocalDate.now().plusDays(7));
        assertThat(browser.text(By.id("announcement"))).contains("Dear Jonas Desmet", "Disciplinary procedure");
        browser.screenshot("announcement");
        browser.clickAndWait(By.id("announce"));
        browser.type(By.id("verbatim"), "Q: Did you insult the complainant? A: No, I raised my voice once.")
                .type(By.id("representative"), "Union delegate").clickAndWait(By.id("record-hearing"));
        assertThat(browser.pageText()).contains("Not yet signed by the staff member");
        browser.signOut();

        browser.signIn("demo.officer");
        browser.open("/investigations/mine/" + id + "?lang=en");
        assertThat(browser.pageText()).contains("I raised my voice once");
        browser.screenshot("staff-member-signs");
        browser.clickAndWait(By.cssSelector("button.sign"));
        assertThat(browser.pageText()).contains("Signed by the staff member");
        browser.signOut();

        browser.signIn("demo.chief");
        browser.open("/investigations/" + id + "?lang=en");
        assertThat(browser.pageText()).contains("Signed by the staff member");
        browser.select(By.id("outcome"), "LIGHT_SANCTION").select(By.id("sanction"), "REPRIMAND")
                .type(By.id("decision-text"), "A reprimand: the officer raised his voice against a citizen.")
                .type(By.id("anonymisedFacts"), "An officer raised his voice against a citizen at the station.");
        browser.screenshot("decision");
        browser.clickAndWait(By.id("decide"));
        assertThat(browser.text(By.id("decision"))).contains("Light sanction", "Reprimand");
        while (browser.has(By.cssSelector("button.send-duty"))) {
            browser.clickAndWait(By.cssSelector("button.send-duty"));
        }
        assertThat(browser.text(By.id("duty-AIG"))).contains("demo.chief");
        browser.screenshot("information-duties");
        browser.clickAndWait(By.id("close"));
        assertThat(browser.text(By.id("state"))).contains("Closed");
        browser.screenshot("closed");
    }
}
