package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coordinator, the designated reviewer of the demo officer's early-warning alert, reads why it fired, records an
 * assessment and an outcome and how the officer was told; the officer then finds it in their own file.
 */
@BrowserTest
class EarlyWarningBrowserTests {

    @Test
    void reviewerRecordsAnAssessmentAndTheOfficerSeesTheOutcome(Browser browser) {
        browser.signIn("demo.coordinator");
        browser.open("/early-warning/inbox?lang=en");
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "earlywarning.inbox.title"));
        assertThat(browser.text(By.id("no-automatic-decision"))).contains("never sanction");
        browser.clickAndWait(By.linkText("Jonas Desmet"));
        assertThat(browser.text(By.id("explanation"))).contains("in 6 months", "percentile");
        browser.screenshot("early-warning-alert");
        browser.type(By.id("assessment-text"), "Night shifts in the nightlife area; talked it through, no fault.")
                .select(By.id("outcome-choice"), "CONVERSATION").clickAndWait(By.id("save-assessment"));
        assertThat(browser.text(By.id("outcome"))).isEqualTo("Conversation");
        assertThat(browser.text(By.id("assessment"))).contains("no fault");
        browser.select(By.id("informedHow"), "CONVERSATION")
                .clickAndWait(By.id("save-informed"));
        assertThat(browser.text(By.id("informed"))).contains("conversation");
        browser.screenshot("early-warning-assessed");

        browser.signOut();
        browser.signIn("demo.officer");
        browser.open("/early-warning/mine?lang=en");
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "earlywarning.mine.title"));
        assertThat(browser.text(By.id("alerts"))).contains("Conversation", "use-of-force reports");
        browser.screenshot("early-warning-own-file");
    }
}
