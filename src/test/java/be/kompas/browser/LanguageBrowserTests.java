package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import be.kompas.identity.NewUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.tenancy.Organisations;

@BrowserTest
class LanguageBrowserTests {

    private static final By LOGOUT = By.id("logout");
    private static final String NAME = "Lotte Taalmans";

    @Value("${kompas.demo.password}")
    String password;

    @Autowired
    Organisations organisations;

    @Autowired
    UserManagement users;

    @Test
    void switchesLanguageAndRemembersItOnTheAccount(Browser browser) {
        // A user of our own, because the language chosen here stays on the account.
        String username = "browser.language-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(organisations.findByCode("demo").orElseThrow().id(), username, NAME, password,
                Set.of(Roles.STAFF_MEMBER), null));
        browser.enterPassword(username, password);
        assertThat(browser.text(LOGOUT)).isEqualTo(browser.message(locale("nl"), "layout.logout"));

        for (String language : new String[] { "fr", "en" }) {
            browser.clickAndWait(By.cssSelector("nav.languages a[lang=" + language + "]"));
            assertThat(browser.text(LOGOUT)).isEqualTo(browser.message(locale(language), "layout.logout"));
            assertThat(browser.heading()).isEqualTo(browser.message(locale(language), "home.welcome", NAME));
            assertThat(browser.text(By.cssSelector("nav.languages a.active"))).isEqualToIgnoringCase(language);
            browser.screenshot("home-" + language);
        }

        browser.signOut();
        assertThat(browser.heading()).as("the sign-in page speaks the default language")
                .isEqualTo(browser.message(locale("nl"), "login.title"));
        browser.enterPassword(username, password);
        assertThat(browser.text(LOGOUT)).isEqualTo(browser.message(locale("en"), "layout.logout"));
        assertThat(browser.heading()).isEqualTo(browser.message(locale("en"), "home.welcome", NAME));
        browser.open("/profile");
        assertThat(browser.text(By.cssSelector("select#language option:checked"))).isEqualTo("English");
        browser.screenshot("profile-en");
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
