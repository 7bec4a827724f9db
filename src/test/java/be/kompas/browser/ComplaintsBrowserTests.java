package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.kompas.core.attachments.TestFiles;

/**
 * A citizen files a complaint on the public form without signing in, and the customer coordinator takes it from the
 * inbox through classification and routing to a closing answer drafted from the outcome's template, and tells Comité P
 * the outcome.
 */
@BrowserTest
class ComplaintsBrowserTests {

    @Test
    void citizenComplainsAndCoordinatorClosesWithAnAnswer(Browser browser) throws Exception {
        Path photo = Files.createTempFile("IMG_20261125_", ".jpg");
        Files.write(photo, TestFiles.jpegWithGps());
        browser.open("/public/complaints/demo?lang=en");
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "complaints.public.title",
                "PZ Demostad"));
        browser.select(By.id("kind"), "COMPLAINT").type(By.id("description"), "The officer refused my statement.")
                .type(By.id("location"), "Main police station").type(By.id("name"), "Browser Citizen")
                .type(By.id("email"), "browser.citizen@example.org")
                .type(By.id("files"), photo.toAbsolutePath().toString());
        browser.screenshot("public-form");
        browser.clickAndWait(By.id("send"));
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "complaints.receipt.title"));
        String reference = browser.text(By.id("reference"));
        assertThat(reference).matches("DEMO-\\d{4}-\\d{4}");
        assertThat(browser.text(By.id("acknowledgement"))).contains("Dear Browser Citizen", reference);
        assertThat(browser.text(By.id("removed"))).contains(browser.message(Locale.ENGLISH, "attachments.removed.GPS"));
        browser.screenshot("receipt");
        Files.delete(photo);

        browser.signIn("demo.customer");
        browser.open("/complaints?lang=en&status=ACKNOWLEDGED");
        browser.clickAndWait(By.linkText(reference));
        assertThat(browser.text(By.id("complainant"))).contains("Browser Citizen");
        assertThat(browser.text(By.id("attachments"))).contains("attachment-1.jpg");
        browser.select(By.id("factCode"), "1.2").clickAndWait(By.id("classify"));
        browser.select(By.id("route"), "HEAD_OF_SERVICE").clickAndWait(By.id("route-submit"));
        browser.select(By.id("outcome"), "PARTLY_FOUNDED").clickAndWait(By.id("draft-answer"));
        assertThat(browser.pageSource()).contains("partly founded", "Comité P");
        browser.type(By.id("answer"), "Dear Browser Citizen, your complaint is partly founded. Comité P is next.");
        browser.screenshot("closing-answer");
        browser.clickAndWait(By.id("close"));
        assertThat(browser.text(By.id("state"))).contains("Closed", "Partly founded");
        assertThat(browser.text(By.id("answer"))).contains("partly founded");
        browser.screenshot("closed");

        // The outcome is due to Comité P: the message is drafted from the template, edited, and marked sent.
        browser.clickAndWait(By.cssSelector("#duty-COMITE_P-CLOSED a.write-duty"));
        assertThat(browser.pageSource()).contains("(Comité P),", reference + " ");
        browser.type(By.id("message"), "To Comité P: complaint " + reference + " was found partly founded.");
        browser.screenshot("information-duty");
        browser.clickAndWait(By.id("mark-sent"));
        assertThat(browser.text(By.id("duty-COMITE_P-CLOSED"))).contains("Lies Van den Broeck")
                .doesNotContain(browser.message(Locale.ENGLISH, "complaints.duties.write"));
    }

    @Test
    void anonymousComplainantIsWarnedBeforeSending(Browser browser) {
        browser.open("/public/complaints/demo?lang=nl");
        browser.type(By.id("description"), "Anonieme melding van een schending.").check(By.id("anonymous1"))
                .clickAndWait(By.id("send"));
        assertThat(browser.pageText()).contains(browser.message(Locale.forLanguageTag("nl"),
                "complaints.public.anonymity.required"));
        browser.check(By.id("anonymityUnderstood1")).clickAndWait(By.id("send"));
        assertThat(browser.text(By.id("reference"))).startsWith("DEMO-");
        assertThat(browser.pageText()).contains(browser.message(Locale.forLanguageTag("nl"),
                "complaints.receipt.noAddress"));
    }
}
