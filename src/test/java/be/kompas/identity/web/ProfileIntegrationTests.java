package be.kompas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.NewUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.identity.internal.TotpCodes;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class ProfileIntegrationTests {

    private static final String PASSWORD = "profile password 1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesATokenOnlyWithThePasswordAndItWorksUntilRevoked() throws Exception {
        String username = newUser();
        mvc.perform(post("/profile/tokens").with(SignedIn.as(username)).with(csrf()).param("name", "script")
                .param("password", "not my password")).andExpect(model().attributeHasFieldErrors("tokenForm",
                        "password"));

        String token = (String) mvc.perform(post("/profile/tokens").with(SignedIn.as(username)).with(csrf())
                .param("name", "script").param("password", PASSWORD)).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("newToken");
        assertThat(token).startsWith("kmp_");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like ?").param("%" + token + "%")
                .query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        UUID tokenId = jdbc.sql("select t.id from api_token t join app_user u on u.id = t.user_id"
                + " where u.username = ? and t.name = 'script'").param(username).query(UUID.class).single();
        mvc.perform(post("/profile/tokens/{id}/revoke", tokenId).with(SignedIn.as(username)).with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void asksTheSecondFactorToIssueATokenWhenTheUserHasOne() throws Exception {
        String username = newUser();
        String secret = users.enableSecondFactor(userId(username));
        mvc.perform(post("/profile/tokens").with(SignedIn.as(username)).with(csrf()).param("name", "x")
                .param("password", PASSWORD).param("code", "123456"))
                .andExpect(model().attributeHasFieldErrors("tokenForm", "code"));
        mvc.perform(post("/profile/tokens").with(SignedIn.as(username)).with(csrf()).param("name", "x")
                .param("password", PASSWORD).param("code", TotpCodes.now(secret)))
                .andExpect(model().attributeExists("newToken"));
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        String username = newUser();
        mvc.perform(post("/profile/password").with(SignedIn.as(username)).with(csrf()).param("current", "wrong")
                .param("replacement", "a brand new secret").param("confirmation", "a brand new secret"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "current"));
        mvc.perform(post("/profile/password").with(SignedIn.as(username)).with(csrf()).param("current", PASSWORD)
                .param("replacement", "short").param("confirmation", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "replacement"));
        mvc.perform(post("/profile/password").with(SignedIn.as(username)).with(csrf()).param("current", PASSWORD)
                .param("replacement", "a brand new secret").param("confirmation", "a brand new secret"))
                .andExpect(redirectedUrl("/profile"));
    }

    @Test
    void remembersTheChosenLanguageOnTheAccount() throws Exception {
        String username = newUser();
        mvc.perform(get("/").param("lang", "fr").with(SignedIn.as(username))).andExpect(status().isOk());
        assertThat(jdbc.sql("select locale from app_user where username = ?").param(username).query(String.class)
                .single()).isEqualTo("fr");
    }

    private String newUser() {
        String username = "profile-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(organisations.findByCode("demo").orElseThrow().id(), username, "Profile User",
                PASSWORD, Set.of(Roles.STAFF_MEMBER), null));
        return username;
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
