package be.kompas.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

@BrowserTest
class AncillaryActivityBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final By STATUS = By.id("ancillary-status");

    @Test
    void officerAppliesManagerAdvisesAndTheChiefGrants(Browser browser) {
        browser.signIn("demo.officer").open("/registers/ancillary").clickAndWait(By.id("new-ancillary"));
        browser.type(By.id("activity"), "Lesgever judo (browser)").type(By.id("employer"), "Judoclub Gent")
                .type(By.id("hoursPerMonth"), "6").check(By.id("paid1"));
        browser.clickAndWait(By.id("submit-ancillary"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH,
                "registers.ancillary.status.AWAITING_ADVICE"));
        String application = browser.location();
        browser.signOut();

        browser.signIn("demo.manager").open(application);
        browser.type(By.id("advice-text"), "Buiten de diensturen.").clickAndWait(By.id("advise-favourable"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH,
                "registers.ancillary.status.AWAITING_DECISION"));
        browser.signOut();

        browser.signIn("demo.chief").open(application);
        browser.type(By.id("reasons"), "Geen belangenconflict.").type(By.id("conditions"), "Niet in uniform.")
                .clickAndWait(By.id("grant"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH, "registers.ancillary.status.GRANTED"));
        assertThat(browser.pageText()).contains("Niet in uniform.");
        browser.screenshot("granted");
    }
}
