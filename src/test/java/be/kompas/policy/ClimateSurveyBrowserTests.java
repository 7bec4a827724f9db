package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.browser.Browser;
import be.kompas.browser.BrowserTest;
import be.kompas.tenancy.Organisations;

@BrowserTest
class ClimateSurveyBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    ClimateSurveys surveys;

    @Autowired
    Organisations organisations;

    @Test
    void theCoordinatorComposesASurveyAndAnOfficerAnswersItOnce(Browser browser) {
        browser.signIn("demo.coordinator").open("/policy/surveys");
        browser.type(By.id("year"), "2033").type(By.id("title"), "Klimaat browsertest");
        browser.clickAndWait(By.id("create-survey"));
        assertThat(browser.heading()).isEqualTo("Klimaat browsertest");
        browser.select(By.id("dimension"), "DISCUSSABILITY").type(By.id("text"), "Ik kan dilemma's bespreken.");
        browser.clickAndWait(By.id("add-item"));
        assertThat(browser.text(By.id("questionnaire"))).contains("Ik kan dilemma's bespreken.",
                browser.message(DUTCH, "policy.dimension.DISCUSSABILITY"));
        browser.screenshot("survey-compose");

        var demo = organisations.findByCode("demo").orElseThrow().id();
        var survey = surveys.surveys(demo).stream().filter(s -> s.title().equals("Klimaat browsertest")).findFirst()
                .orElseThrow();
        surveys.open(demo, survey.id(), LocalDate.now().plusDays(7));

        browser.signOut().signIn("demo.officer").open("/policy/surveys/open");
        browser.clickAndWait(By.linkText("Klimaat browsertest"));
        assertThat(browser.pageText()).contains(browser.message(DUTCH, "policy.take.anonymity"));
        browser.check(By.id("score_1_4"));
        browser.screenshot("survey-answer");
        browser.clickAndWait(By.id("send-answers"));
        assertThat(browser.pageText()).contains(browser.message(DUTCH, "policy.survey.thanks"),
                browser.message(DUTCH, "policy.take.done", "Klimaat browsertest"));

        browser.open("/policy/surveys/" + survey.id() + "/take");
        assertThat(browser.pageText()).contains(browser.message(DUTCH, "policy.survey.alreadyTaken"));
    }

    @Test
    void theCoordinatorSeesTheFrameworkMapWithItsGaps(Browser browser) {
        browser.signIn("demo.coordinator").open("/policy/framework");
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "policy.framework.title"));
        assertThat(browser.text(By.id("imf-DEFINE"))).contains("Deontologische code");
        assertThat(browser.text(By.id("gaps"))).contains("Klokkenluidersregeling (passief)");
        assertThat(browser.text(By.id("house-MONITOR"))).contains("Klachtenpunt (passief)");
        browser.screenshot("framework-map");
        browser.clickAndWait(By.linkText("Risicoanalyse"));
        assertThat(browser.text(By.id("element-actions"))).contains("B2");
    }
}
