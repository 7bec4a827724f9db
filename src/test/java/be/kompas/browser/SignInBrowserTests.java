package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.demo.DemoLogin;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.TotpCodes;

@BrowserTest
class SignInBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    DemoLogins logins;

    @Test
    void signsInShowsNameAndRolesAndSignsOut(Browser browser) {
        browser.signIn("demo.coordinator");

        assertThat(browser.location()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "home.welcome", "Ilse Wouters"));
        assertThat(browser.text(By.id("profile-link"))).isEqualTo("Ilse Wouters");
        assertThat(browser.text(By.cssSelector("main"))).contains(
                browser.message(DUTCH, "role.INTEGRITY_COORDINATOR"), browser.message(DUTCH, "role.STAFF_MEMBER"));
        browser.screenshot("home");

        browser.signOut();
        assertThat(browser.location()).isEqualTo("/login?logout");
        assertThat(browser.text(By.cssSelector("[role=status]")))
                .isEqualTo(browser.message(DUTCH, "login.loggedOut"));
        browser.open("/");
        assertThat(browser.location()).isEqualTo("/login");
    }

    @Test
    void refusesAWrongPassword(Browser browser) {
        browser.enterPassword("demo.coordinator", "not-the-password");

        assertThat(browser.location()).isEqualTo("/login?error");
        assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo(browser.message(DUTCH, "login.failed"));
        assertThat(browser.has(By.id("logout"))).isFalse();
        browser.screenshot("wrong-password");
    }

    @Test
    void asksForTheSecondFactorAfterThePassword(Browser browser) {
        DemoLogin admin = logins.byUsername("demo.admin").orElseThrow();
        String anonymousSession = browser.open("/login").sessionId();
        assertThat(anonymousSession).as("the sign-in form keeps its CSRF token in a session").isNotEmpty();
        browser.enterPassword(admin.username(), admin.password());

        assertThat(browser.location()).isEqualTo("/login/second-factor");
        String pendingSession = browser.sessionId();
        assertThat(pendingSession).as("a new session id after the password").isNotEqualTo(anonymousSession);
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "secondFactor.title"));
        browser.screenshot("second-factor");
        browser.open("/");
        assertThat(browser.location()).as("no page before the second factor").isEqualTo("/login/second-factor");

        browser.enterSecondFactor(TotpCodes.next(admin.totpSecret()));
        assertThat(browser.location()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "home.welcome", "Ada Admin"));
        assertThat(browser.sessionId()).as("a new session id after the second factor").isNotEqualTo(pendingSession)
                .isNotEqualTo(anonymousSession);
    }
}
