package be.kompas.lookups.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;
import be.kompas.lookups.internal.DataSets;

/** The review path of issue 4 in a real browser: upload, watch the scan finish, open the top alert, justify it. */
@BrowserTest
class LookupReviewBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path temp;

    @Test
    void coordinatorUploadsADataSetAndJustifiesTheTopAlert(Browser browser) throws Exception {
        Path zip = DataSets.zipped(DataSets.generated(temp, 100_000, 21)).toAbsolutePath();
        browser.signIn("demo.coordinator");
        browser.clickAndWait(By.cssSelector("nav.sidebar a[href='/lookups']"));
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "lookups.imports.title"));

        browser.type(By.id("file"), zip.toString()).clickAndWait(By.id("upload"));
        assertThat(browser.location()).startsWith("/lookups/imports/");
        assertThat(browser.has(By.id("progress-bar"))).isTrue();
        browser.screenshot("progress");
        // The page polls its progress until the scan is done, then offers the queue.
        assertThat(browser.text(By.id("open-queue"))).isEqualTo(browser.message(DUTCH, "lookups.import.openQueue"));
        assertThat(browser.text(By.id("percent"))).isEqualTo("100 %");
        browser.screenshot("done");

        browser.clickAndWait(By.id("open-queue"));
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "lookups.queue.title"));
        assertThat(browser.text(By.id("alerts"))).contains("OFF-", "SUB-");
        browser.screenshot("queue");

        browser.clickAndWait(By.cssSelector("#alerts tbody tr:first-child a.alert-link"));
        assertThat(browser.text(By.id("officer"))).startsWith("OFF-");
        assertThat(browser.has(By.id("identity"))).isFalse();
        assertThat(browser.text(By.id("reasons"))).isNotBlank();
        browser.screenshot("alert");

        browser.type(By.id("explanation"), "Opvolging van een familiedrama, bevestigd door de diensthoofd.")
                .select(By.id("rule"), "OFFICER_SUBJECT").clickAndWait(By.id("justify"));
        assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo(browser.message(DUTCH, "lookups.alert.justified"));
        assertThat(browser.text(By.id("decision-status")))
                .contains(browser.message(DUTCH, "lookups.alert.status.JUSTIFIED"));
        browser.screenshot("justified");
    }
}
