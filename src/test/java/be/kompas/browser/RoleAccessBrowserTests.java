package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@BrowserTest
class RoleAccessBrowserTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final By USERS_ENTRY = By.cssSelector("nav.sidebar a[href='/admin/users']");

    @Test
    void administratorReachesTheUsersThroughTheNavigation(Browser browser) {
        browser.signIn("demo.admin");

        assertThat(browser.text(USERS_ENTRY)).isEqualTo(browser.message(DUTCH, "nav.users"));
        browser.clickAndWait(USERS_ENTRY);
        assertThat(browser.location()).isEqualTo("/admin/users");
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "admin.users.title"));
        assertThat(browser.text(By.tagName("table"))).contains("Ilse Wouters", "demo.officer")
                .doesNotContain("demo2.");
        browser.screenshot("users");
    }

    @Test
    void staffMemberNeitherSeesNorOpensTheUsers(Browser browser) {
        browser.signIn("demo.officer");

        assertThat(browser.has(USERS_ENTRY)).isFalse();
        browser.open("/admin/users");
        assertThat(browser.heading()).isEqualTo(browser.message(DUTCH, "error.403.title"));
        assertThat(browser.has(By.tagName("table"))).isFalse();
        browser.screenshot("users-refused");
    }
}
