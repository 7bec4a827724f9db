package be.kompas.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

@BrowserTest
class UseOfForceBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final By STATUS = By.id("force-status");

    @Test
    void officerFilesSupervisorSendsBackAndApprovesTheCorrection(Browser browser) {
        browser.signIn("demo.officer").open("/registers/force").clickAndWait(By.id("new-force-report"));
        browser.type(By.id("place"), "Korenmarkt (browser)").select(By.id("incidentType"), "NIGHTLIFE")
                .check(By.cssSelector("input[name='means'][value='HANDCUFFS']"))
                .type(By.id("reason"), "Weigerde zich te laten fouilleren")
                .type(By.id("wentWell"), "Ja");
        browser.clickAndWait(By.id("submit-force"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH, "registers.force.status.SUBMITTED"));
        String report = browser.location();
        browser.screenshot("filed");
        browser.signOut();

        browser.signIn("demo.manager").open(report);
        browser.type(By.id("remark"), "Vermeld de letsels.").clickAndWait(By.id("send-back"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH, "registers.force.status.RETURNED"));
        browser.signOut();

        browser.signIn("demo.officer").open(report);
        assertThat(browser.text(By.id("supervisor-remark"))).isEqualTo("Vermeld de letsels.");
        browser.clickAndWait(By.id("edit-force"));
        browser.type(By.id("subjectInjuries"), "Schaafwonde aan de knie").clickAndWait(By.id("submit-force"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH, "registers.force.status.SUBMITTED"));
        browser.signOut();

        browser.signIn("demo.manager").open(report).clickAndWait(By.id("approve"));
        assertThat(browser.text(STATUS)).isEqualTo(browser.message(DUTCH, "registers.force.status.APPROVED"));
        assertThat(browser.pageText()).contains("Schaafwonde aan de knie");
        browser.screenshot("approved");
    }

    @Test
    void violenceFormFitsAPhone(Browser browser) {
        browser.resize(390, 844).signIn("demo.officer").open("/registers/violence/new");
        assertThat(browser.overflowing()).isEmpty();
        browser.type(By.id("place"), "Station (browser)").select(By.id("violenceType"), "SPITTING")
                .type(By.id("circumstances"), "Bespuwd bij een identiteitscontrole")
                .type(By.id("incapacityDays"), "1");
        browser.screenshot("violence-phone");
        browser.clickAndWait(By.id("submit-violence"));
        assertThat(browser.has(By.id("expediency-flag"))).isTrue();
        assertThat(browser.overflowing()).isEmpty();
        browser.resize(1280, 900);
    }
}
