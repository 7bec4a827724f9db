package be.kompas.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;

@BrowserTest
class TrainingBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void anOfficerRecordsADilemmaTrainingThatTheTrainingServiceSees(Browser browser) {
        browser.signIn("demo.officer").open("/registers/training");
        browser.select(By.id("courseCode"), "O3").type(By.id("note"), "Serious game (browser)");
        browser.clickAndWait(By.id("record-training"));
        assertThat(browser.pageText()).contains(browser.message(DUTCH, "registers.training.recorded"));
        assertThat(browser.text(By.id("training-records"))).contains("Jonas Desmet")
                .contains(browser.message(DUTCH, "registers.training.dilemma"));
        browser.signOut();

        browser.signIn("demo.care").open("/registers/training");
        assertThat(browser.text(By.id("training-records"))).contains("Jonas Desmet");
        assertThat(browser.text(By.id("due-training"))).isNotBlank();
        browser.screenshot("training-register");
    }
}
