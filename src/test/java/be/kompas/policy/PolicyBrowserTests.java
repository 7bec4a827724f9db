package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

@BrowserTest
class PolicyBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

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
}
