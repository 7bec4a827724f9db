package be.kompas.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class InboxIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    Organisations organisations;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsNoticesToTheUserTheirPermissionsAndTheirRolesButNotToOthersOrOtherZones() throws Exception {
        OrganisationId demo = organisation("demo");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        notifications.send(notice(demo, Addressee.user(userId(demo, "demo.coordinator")), "personal-" + tag));
        notifications.send(notice(demo, Addressee.role(Roles.INTEGRITY_COORDINATOR), "role-" + tag));
        notifications.send(notice(demo, Addressee.holdersOf("complaints.handle"), "customer-" + tag));
        notifications.send(notice(organisation("demo2"), Addressee.role(Roles.INTEGRITY_COORDINATOR), "zone-" + tag));

        mvc.perform(get("/inbox").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("personal-" + tag)))
                .andExpect(content().string(containsString("role-" + tag)))
                .andExpect(content().string(not(containsString("customer-" + tag))))
                .andExpect(content().string(not(containsString("zone-" + tag))));
        mvc.perform(get("/inbox").with(SignedIn.as("demo.customer")))
                .andExpect(content().string(containsString("customer-" + tag)))
                .andExpect(content().string(not(containsString("personal-" + tag))));
        mvc.perform(get("/inbox").with(SignedIn.as("demo2.coordinator")))
                .andExpect(content().string(containsString("zone-" + tag)))
                .andExpect(content().string(not(containsString("role-" + tag))));
    }

    @Test
    void sendsANoticeOncePerKeySoThatDailyJobsDoNotRepeatThemselves() {
        OrganisationId demo = organisation("demo");
        String key = "once-" + UUID.randomUUID();

        assertThat(notifications.send(notice(demo, Addressee.role(Roles.INTEGRITY_COORDINATOR), key))).isTrue();
        assertThat(notifications.send(notice(demo, Addressee.role(Roles.INTEGRITY_COORDINATOR), key))).isFalse();
        assertThat(jdbc.sql("select count(*) from notification where notice_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void openingANoticeMarksItReadForThatReaderOnlyAndLeadsToItsPage() throws Exception {
        OrganisationId demo = organisation("demo");
        String tag = "open-" + UUID.randomUUID();
        notifications.send(notice(demo, Addressee.holdersOf("complaints.handle"), tag));
        UUID id = jdbc.sql("select id from notification where notice_key = ?").param(tag).query(UUID.class).single();

        mvc.perform(post("/inbox/{id}/open", id).with(csrf()).with(SignedIn.as("demo.customer")))
                .andExpect(redirectedUrl("/complaints"));
        assertThat(jdbc.sql("select count(*) from notification_read where notification_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/inbox").param("unread", "true").with(SignedIn.as("demo.customer")))
                .andExpect(content().string(not(containsString(tag))));
        mvc.perform(post("/inbox/{id}/open", id).with(csrf()).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesALinkOutsideKompas() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Notice(
                organisation("demo"), Addressee.role(Roles.INTEGRITY_COORDINATOR), "notifications.link", List.of(),
                "//evil.example", null, "evil"));
    }

    private static Notice notice(OrganisationId organisation, Addressee addressee, String key) {
        // The key doubles as the visible argument, so that the page shows which notice is which.
        return new Notice(organisation, addressee, "notifications.link", List.of(key), "/complaints",
                LocalDate.of(2026, 12, 1), key);
    }

    private OrganisationId organisation(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }

    private UUID userId(OrganisationId organisation, String username) {
        return users.list(organisation, username, PageRequest.of(0, 5)).content().get(0).id();
    }
}
