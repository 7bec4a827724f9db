package be.kompas.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.core.attachments.TestFiles;
import be.kompas.core.crypto.SessionSecrets;
import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

/** The whole Advice Point path in a real browser: reporter, facilitator, coach, and the reporter again. */
@BrowserTest
class AdviceBrowserTests {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Autowired
    JdbcClient jdbc;

    @Value("${local.server.port}")
    int port;

    @Test
    void reporterAsksFacilitatorAssignsCoachAnswersAndReporterReadsTheAnswer(Browser browser) throws Exception {
        String name = "browser reporter " + UUID.randomUUID().toString().substring(0, 8);
        String passphrase = "my very own passphrase";
        Path photo = Files.createTempFile("IMG_20261125_", ".jpg");
        Files.write(photo, TestFiles.jpegWithGps());

        browser.open("/public/advice/demo?lang=en");
        assertThat(browser.text(By.id("not-for"))).contains(browser.message(ENGLISH, "advice.public.notFor.welfare"));
        browser.check(By.cssSelector("input[name=kind][value=QUESTION]")).select(By.id("category"), "gifts")
                .type(By.id("text"), "A supplier offers me concert tickets. May I accept?")
                .type(By.id("files"), photo.toAbsolutePath().toString()).type(By.id("name"), name)
                .type(By.id("passphrase"), passphrase);
        assertThat(browser.pageSource()).contains("autocomplete=\"new-password\"");
        browser.clickAndWait(By.id("submit"));
        String reference = browser.text(By.id("reference"));
        assertThat(reference).matches("AP-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(browser.text(By.id("removed"))).contains(browser.message(ENGLISH, "attachments.removed.GPS"));
        browser.screenshot("receipt");
        Files.delete(photo);

        UUID id = jdbc.sql("select id from advice_report where reference = ?").param(reference).query(UUID.class)
                .single();
        UUID coach = jdbc.sql("select id from app_user where username = 'demo.coach'").query(UUID.class).single();

        browser.signIn("demo.facilitator").open("/advice");
        assertThat(browser.text(By.id("deadline-board"))).contains(reference)
                .doesNotContain("concert tickets");
        browser.clickAndWait(By.linkText(reference)).select(By.id("coach"), coach.toString())
                .clickAndWait(By.id("assign"));
        assertThat(browser.text(By.id("assigned-coaches"))).contains("Caroline Jacobs");
        browser.signOut();

        browser.signIn("demo.coach").open("/advice/" + id);
        assertThat(browser.text(By.id("report-text"))).contains("concert tickets");
        browser.type(By.id("ack-text"), "Thank you, we are looking into it.").clickAndWait(By.id("acknowledge"));
        browser.type(By.id("answer-text"), "Decline the tickets politely and tell your superior.")
                .clickAndWait(By.id("answer"));
        browser.screenshot("coach");
        String href = browser.pageSource().replaceAll("(?s).*href=\"(/advice/[^\"]+/attachments/[^\"]+)\".*", "$1");
        // The session alone does not open the report: the browser's key-wrapping cookie must come with it.
        var withoutKeys = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + href)).header("Cookie", "JSESSIONID=" + browser.sessionId())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(withoutKeys.statusCode()).isNotEqualTo(200);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + href)).header("Cookie", "JSESSIONID=" + browser.sessionId()
                        + "; " + SessionSecrets.COOKIE + "=" + browser.cookie(SessionSecrets.COOKIE))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline"));
        var metadata = Imaging.getMetadata(response.body());
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
        browser.signOut();

        browser.open("/public/advice/demo/login?lang=en").type(By.id("name"), name)
                .type(By.id("passphrase"), passphrase).clickAndWait(By.id("open"));
        assertThat(browser.text(By.id("status"))).isEqualTo(browser.message(ENGLISH, "advice.status.ANSWERED"));
        assertThat(browser.text(By.id("conversation")))
                .contains("Decline the tickets politely and tell your superior.");
        browser.screenshot("reporter-reads-answer");
    }
}
