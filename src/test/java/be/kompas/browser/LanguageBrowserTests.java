package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

import be.kompas.identity.NewUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.tenancy.Organisations;

@BrowserTest
class LanguageBrowserTests {

    private static final By LOGOUT = By.id("logout");

    @Autowired
    MessageSource messages;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Value("${kompas.demo.password}")
    String password;

    @Test
    void switchesLanguageAndRemembersItOnTheAccount(Browser browser) {
        // A user of our own, because the language chosen here stays on the account.
        String username = "browser.language-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(organisations.findByCode("demo").orElseThrow().id(), username, "Lotte Taalmans",
                password, Set.of(Roles.STAFF_MEMBER), null));
        browser.enterPassword(username, password);
        assertThat(browser.text(LOGOUT)).isEqualTo(message("layout.logout", "nl"));

        for (String language : new String[] { "fr", "en" }) {
            browser.clickAndWait(By.cssSelector("nav.languages a[lang=" + language + "]"));
            assertThat(browser.text(LOGOUT)).isEqualTo(message("layout.logout", language));
            assertThat(browser.heading()).isEqualTo(message("home.welcome", language, "Lotte Taalmans"));
            assertThat(browser.text(By.cssSelector("nav.languages a.active"))).isEqualToIgnoringCase(language);
            browser.screenshot("home-" + language);
        }

        browser.signOut();
        assertThat(browser.heading()).as("the sign-in page speaks the default language")
                .isEqualTo(message("login.title", "nl"));
        browser.enterPassword(username, password);
        assertThat(browser.text(LOGOUT)).isEqualTo(message("layout.logout", "en"));
        assertThat(browser.heading()).isEqualTo(message("home.welcome", "en", "Lotte Taalmans"));
    }

    private String message(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }
}
