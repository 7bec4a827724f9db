package be.kompas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;

@KompasIntegrationTest
class UserAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesUsersWithoutThePermissionAndRecordsTheRefusal() throws Exception {
        mvc.perform(get("/admin/users").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'demo.officer' and action = ?")
                .param("access.refused").query(Long.class).single()).isPositive();
    }

    @Test
    void neverShowsAnotherOrganisationsAccount() throws Exception {
        UUID demoUser = id("demo.coordinator");
        mvc.perform(get("/admin/users/{id}", demoUser).with(SignedIn.as("demo2.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/roles", demoUser).with(SignedIn.as("demo2.admin")).with(csrf())
                .param("roles", "ADMINISTRATOR")).andExpect(status().isNotFound());
        var page = (be.kompas.core.Page<?>) mvc.perform(get("/admin/users").with(SignedIn.as("demo2.admin")))
                .andReturn().getModelAndView().getModel().get("page");
        assertThat(page.content()).extracting("username").allSatisfy(name -> assertThat((String) name)
                .startsWith("demo2."));
        assertThat(roles("demo.coordinator")).doesNotContain("ADMINISTRATOR");
    }

    @Test
    void createsAnAccountWithATemporaryPasswordAndAuditsIt() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(SignedIn.as("demo.admin")).with(csrf()).param("username", username)
                .param("displayName", "New Colleague").param("roles", "INTEGRITY_COACH"))
                .andExpect(view().name(UserAdminController.DETAIL_VIEW))
                .andExpect(model().attributeExists("temporaryPassword"));
        assertThat(roles(username)).containsExactly("INTEGRITY_COACH");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.user.created' and subject = ?")
                .param(username).query(Long.class).single()).isOne();
    }

    @Test
    void refusesBadInputNamingTheFieldsAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        mvc.perform(post("/admin/users").with(SignedIn.as("demo.admin")).with(csrf()).param("username", "Bad Name!")
                .param("displayName", "")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "displayName", "roles"));
        mvc.perform(post("/admin/users").with(SignedIn.as("demo.admin")).with(csrf())
                .param("username", "demo.coordinator").param("displayName", "Copy").param("roles", "STAFF_MEMBER"))
                .andExpect(model().attributeHasFieldErrors("form", "username"));
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void renamesARoleAndChangesWhatItGrants() throws Exception {
        mvc.perform(post("/admin/roles/CONFIDENTIAL_PERSON").with(SignedIn.as("demo.admin")).with(csrf())
                .param("title", "Vertrouwenspersoon integriteit").param("secondFactorRequired", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select r.title from role r join organisation o on o.id = r.organisation_id
                 where o.code = 'demo' and r.code = 'CONFIDENTIAL_PERSON'""").query(String.class).single())
                .isEqualTo("Vertrouwenspersoon integriteit");
        mvc.perform(post("/admin/roles/CONFIDENTIAL_PERSON").with(SignedIn.as("demo.admin")).with(csrf())
                .param("permissions", "no.such.permission")).andExpect(status().isBadRequest());
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/users/{id}/enabled", id("demo.officer")).with(SignedIn.as("demo.admin"))
                .param("enabled", "false")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select enabled from app_user where username = 'demo.officer'").query(Boolean.class)
                .single()).isTrue();
    }

    private UUID id(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private java.util.List<String> roles(String username) {
        return jdbc.sql("""
                select r.code from user_role ur join role r on r.id = ur.role_id join app_user u on u.id = ur.user_id
                 where u.username = ? order by r.code""").param(username).query(String.class).list();
    }
}
