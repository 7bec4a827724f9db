package be.kompas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.core.PageRequest;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.tenancy.Organisations;

/** A record of another zone looks exactly like one that does not exist, even when its address is known. */
@BrowserTest
class ZoneIsolationBrowserTests {

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Test
    void administratorCannotOpenAnotherZonesUser(Browser browser) {
        // Users of the second demo zone see French, their organisation's language.
        browser.signIn("demo2.admin");

        browser.open("/admin/users/" + user("demo2", "demo2.coordinator").id());
        assertThat(browser.heading()).as("a user of the own zone opens").isEqualTo("Julien Lejeune");

        browser.open("/admin/users/" + user("demo", "demo.coordinator").id());
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.FRENCH, "error.404.title"));
        assertThat(browser.pageSource()).doesNotContain("Ilse Wouters", "demo.coordinator");
        browser.screenshot("other-zones-user");
    }

    @Test
    void coordinatorCannotOpenAnotherZonesStaffMember(Browser browser) {
        browser.signIn("demo2.coordinator");

        browser.open("/people/staff/" + staffMemberOf("demo2", "demo2.officer"));
        assertThat(browser.heading()).as("a staff member of the own zone opens").contains("Martin");

        browser.open("/people/staff/" + staffMemberOf("demo", "demo.officer"));
        assertThat(browser.heading()).isEqualTo(browser.message(Locale.FRENCH, "error.404.title"));
        assertThat(browser.pageSource()).doesNotContain("Desmet");
        browser.screenshot("other-zones-staff-member");
    }

    private UserSummary user(String organisation, String username) {
        var id = organisations.findByCode(organisation).orElseThrow().id();
        return users.list(id, username, PageRequest.of(0, 10)).content().stream()
                .filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    private UUID staffMemberOf(String organisation, String username) {
        UUID staffMember = user(organisation, username).staffMemberId();
        assertThat(staffMember).as(username + " is linked to a staff record").isNotNull();
        return staffMember;
    }
}
