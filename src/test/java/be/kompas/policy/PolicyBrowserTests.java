package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

@BrowserTest
class PolicyBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    ActionPlan plan;

    @Test
    void createsARiskSeesItsClassAndOpensTheActionPlan(Browser browser) {
        browser.signIn("demo.coordinator").open("/policy/risks/new");
        browser.type(By.id("title"), "Browserrisico beslagkamer").select(By.id("family"), "GOODS")
                .select(By.id("grossProbability"), "QUITE_POSSIBLE").select(By.id("grossExposure"), "MONTHLY")
                .select(By.id("grossEffect"), "VERY_SERIOUS");
        browser.clickAndWait(By.id("save-risk"));

        assertThat(browser.heading()).isEqualTo("Browserrisico beslagkamer");
        assertThat(browser.text(By.id("net-score"))).contains("6 × 2 × 15 =", "180", "C");
        assertThat(browser.pageText()).contains(browser.message(DUTCH, "policy.legend.boundary"));
        browser.screenshot("risk");

        browser.clickAndWait(By.cssSelector("a[href='/policy/actions']"));
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "policy.actions.title"));
        assertThat(browser.pageText()).contains("Maturiteitsmeting met het AIG-dashboard",
                browser.message(DUTCH, "policy.owner.unknown"));
        browser.screenshot("action-plan");
    }

    /** The Gent table as imported for the demo, filtered by class, then a reassessment that keeps the old version. */
    @Test
    void filtersTheRegisterByClassAndReassessesARiskAsANewVersion(Browser browser) {
        browser.signIn("demo.coordinator").open("/policy/risks");
        browser.select(By.id("class"), "B").clickAndWait(By.id("filter-risks"));
        var classB = browser.text(By.id("risk-table"));
        assertThat(classB).contains("Vervreemden geld", "6 × 1 × 40 = 240 B").doesNotContain("Zwijgcultuur");
        browser.screenshot("risks-class-b");

        var title = "Browserrisico herbeoordeling " + ThreadLocalRandom.current().nextInt(100_000);
        browser.open("/policy/risks/new").type(By.id("title"), title).select(By.id("family"), "INFORMATION")
                .select(By.id("grossProbability"), "QUITE_POSSIBLE").select(By.id("grossExposure"), "DAILY")
                .select(By.id("grossEffect"), "CONSIDERABLE");
        browser.clickAndWait(By.id("save-risk"));
        assertThat(browser.text(By.id("net-score"))).contains("6 × 6 × 7 =", "252", "B");

        browser.select(By.id("netProbability"), "UNUSUAL_BUT_POSSIBLE").type(By.id("note"), "Logging ingevoerd");
        browser.clickAndWait(By.id("reassess"));
        assertThat(browser.text(By.id("net-score"))).contains("3 × 6 × 7 =", "126", "C");
        var history = browser.text(By.id("history"));
        assertThat(history).contains("Logging ingevoerd", "252 B", "126 C");
        browser.screenshot("risk-history");

        browser.open("/policy/risks").type(By.id("q"), title).select(By.id("class"), "C")
                .clickAndWait(By.id("filter-risks"));
        assertThat(browser.text(By.id("risk-table"))).contains(title, "6 × 6 × 7 = 252 B", "3 × 6 × 7 = 126 C");
    }

    @Test
    void addsAnActionFollowsItUpAndListsItOverdueAfterItsQuarter(Browser browser) {
        var code = "C" + ThreadLocalRandom.current().nextInt(100, 1000);
        browser.signIn("demo.coordinator").open("/policy/actions");
        browser.select(By.id("domain"), "POINTS_OF_ATTENTION").clickAndWait(By.id("filter-actions"));
        assertThat(browser.text(By.id("action-table"))).contains("A1", "A2", "A3",
                browser.message(DUTCH, "policy.owner.unknown")).doesNotContain("B1");

        browser.open("/policy/actions/new").select(By.id("domain"), "COMMUNICATION").type(By.id("code"), code)
                .type(By.id("title"), "Browseractie nieuwsbrief").type(By.id("owner"), "IC")
                .type(By.id("plannedQuarter"), "2024-Q4").select(By.id("status"), "PLANNED")
                .type(By.id("indicator"), "Vier nieuwsbrieven per jaar");
        browser.clickAndWait(By.id("save-action"));
        assertThat(browser.heading()).isEqualTo(code + " Browseractie nieuwsbrief");

        browser.type(By.id("text"), "Eerste nummer verschenen").clickAndWait(By.id("add-note"));
        assertThat(browser.text(By.id("notes"))).contains("Eerste nummer verschenen", "demo.coordinator");
        browser.screenshot("action");

        // The nightly job: 2024-Q4 has ended, so the planned action is overdue and on the reminders list.
        plan.markOverdue(LocalDate.now());
        browser.open("/policy/actions/overdue");
        assertThat(browser.text(By.id("action-table"))).contains(code, "Browseractie nieuwsbrief", "2024-Q4",
                browser.message(DUTCH, "policy.status.OVERDUE"));
        browser.screenshot("actions-overdue");
    }
}
