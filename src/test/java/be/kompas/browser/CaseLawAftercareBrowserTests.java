package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The head of internal oversight searches the case law and looks at the spread of sanctions for a fact code; the
 * personnel-care officer opens an aftercare plan from her tasks and completes the talk with the reporter.
 */
@BrowserTest
class CaseLawAftercareBrowserTests {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void headOfOversightSearchesCaseLaw(Browser browser) {
        browser.signIn("demo.ditlead").open("/caselaw?lang=en");
        assertThat(browser.heading()).isEqualTo(browser.message(ENGLISH, "caselaw.search.title"));
        browser.select(By.id("factCode"), "3.9").select(By.id("sanction"), "REPRIMAND")
                .clickAndWait(By.id("search"));
        assertThat(browser.text(By.id("caselaw-results"))).contains("Reprimand", "3.9");
        browser.screenshot("caselaw-search");

        browser.clickAndWait(By.cssSelector("#caselaw-results tbody tr:first-child a"));
        assertThat(browser.text(By.id("sanction"))).isEqualTo("Reprimand");
        browser.open("/caselaw/consistency?lang=en").select(By.id("factCode"), "3.9").clickAndWait(By.id("show"));
        assertThat(browser.has(By.cssSelector("#chart-sanction svg rect"))).isTrue();
        assertThat(browser.text(By.id("chart-sanction"))).contains("Reprimand", "Salary deduction");
        browser.screenshot("caselaw-consistency");
    }

    @Test
    void careOfficerCompletesAnAftercareTask(Browser browser) {
        String reference = "DEMO-DIT-" + LocalDate.now().getYear() + "-0002";
        browser.signIn("demo.care").open("/aftercare?lang=en");
        assertThat(browser.heading()).isEqualTo(browser.message(ENGLISH, "aftercare.mine.title"));
        browser.clickAndWait(By.linkText(reference));
        assertThat(browser.heading()).isEqualTo(browser.message(ENGLISH, "aftercare.plan.title", reference));
        String card = "//div[contains(@class, 'card')][.//h3[contains(., '"
                + browser.message(ENGLISH, "aftercare.kind.REPORTER_TALK") + "')]]";
        browser.check(By.xpath(card + "//summary"))
                .type(By.xpath(card + "//textarea"), "Told the reporter the case is closed; no further worries.");
        browser.screenshot("aftercare-complete");
        browser.clickAndWait(By.xpath(card + "//button[@type='submit']"));
        assertThat(browser.pageText()).contains(browser.message(ENGLISH, "aftercare.flash.done"));
        assertThat(browser.text(By.xpath(card))).contains("Done by Eva Aerts",
                "Told the reporter the case is closed; no further worries.");
        browser.screenshot("aftercare-done");
    }
}
