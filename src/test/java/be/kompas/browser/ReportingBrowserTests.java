package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coordinator sees the state of integrity and builds the annual report while a progress bar runs; the AIG analyst
 * sees the national dashboard without names; a line manager finds their unit's dashboard in the menu and nothing
 * more; an officer sees none of them.
 */
@BrowserTest
class ReportingBrowserTests {

    @Test
    void coordinatorBuildsTheAnnualReportAndSeesItsProgress(Browser browser) throws InterruptedException {
        browser.signIn("demo.coordinator");
        browser.open("/reporting?lang=en");
        assertThat(browser.text(By.id("dashboard-title")))
                .startsWith(browser.message(Locale.ENGLISH, "reporting.dashboard.title"));
        assertThat(browser.has(By.id("open-work"))).isTrue();
        assertThat(browser.has(By.cssSelector("svg rect.bar"))).isTrue();
        browser.screenshot("dashboard");
        browser.clickAndWait(By.id("build-report"));
        browser.select(By.id("report"), "ANNUAL").select(By.id("format"), "pdf").select(By.id("language"), "en");
        browser.clickAndWait(By.id("build"));
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "reporting.job.title"));
        assertThat(browser.has(By.id("progress-bar"))).isTrue();
        browser.screenshot("report-progress");
        // htmx replaces the progress fragment every second until the report is ready.
        for (int i = 0; i < 300 && !browser.has(By.id("download")); i++) {
            Thread.sleep(200);
        }
        assertThat(browser.has(By.id("download"))).isTrue();
        assertThat(browser.text(By.id("percent"))).isEqualTo("100 %");
        browser.screenshot("report-ready");
    }

    @Test
    void aigAnalystSeesTheNationalDashboardWithoutNames(Browser browser) {
        browser.signIn("aig.analyst");
        browser.open("/reporting/national?lang=en");
        assertThat(browser.text(By.id("dashboard-title")))
                .startsWith(browser.message(Locale.ENGLISH, "reporting.national.title"));
        assertThat(browser.pageText()).contains("PZ Demostad", "ZP Exempleville")
                .doesNotContain("Jonas Desmet", "Luc Vermeulen");
        browser.screenshot("national-dashboard");
    }

    @Test
    void lineManagerReachesTheirUnitFromTheMenuAndNotTheZonesDashboard(Browser browser) {
        browser.signIn("demo.manager");
        var dutch = Locale.forLanguageTag("nl");
        By unitEntry = By.cssSelector("nav.sidebar a[href='/reporting/unit']");
        assertThat(browser.text(unitEntry)).isEqualTo(browser.message(dutch, "reporting.nav.unit"));
        assertThat(browser.has(By.cssSelector("nav.sidebar a[href='/reporting']"))).isFalse();
        assertThat(browser.has(By.cssSelector("nav.sidebar a[href='/reporting/reports']"))).isFalse();
        browser.clickAndWait(unitEntry);
        assertThat(browser.location()).isEqualTo("/reporting/unit");
        assertThat(browser.text(By.id("dashboard-title"))).startsWith(browser.message(dutch, "reporting.unit.title"));
        assertThat(browser.has(By.id("unit-name"))).isTrue();
        browser.screenshot("unit-dashboard");
        for (String path : new String[] { "/reporting", "/reporting/reports", "/reporting/national" }) {
            browser.open(path);
            assertThat(browser.heading()).isEqualTo(browser.message(dutch, "error.403.title"));
        }
    }

    @Test
    void officerSeesNoDashboard(Browser browser) {
        browser.signIn("demo.officer");
        for (String path : new String[] { "/reporting?lang=en", "/reporting/national?lang=en",
                "/reporting/reports?lang=en" }) {
            browser.open(path);
            assertThat(browser.heading()).isEqualTo(browser.message(Locale.ENGLISH, "error.403.title"));
        }
    }
}
