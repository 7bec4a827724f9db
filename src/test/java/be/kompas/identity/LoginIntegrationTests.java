package be.kompas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.TotpCodes;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class LoginIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithThePasswordAndRecordsIt() throws Exception {
        String username = newUser(Set.of(Roles.STAFF_MEMBER));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditActions(username)).contains("login.succeeded");
    }

    @Test
    void refusesAWrongPasswordAndRecordsIt() throws Exception {
        String username = newUser(Set.of(Roles.STAFF_MEMBER));
        mvc.perform(formLogin().user(username).password("wrong password!")).andExpect(redirectedUrl("/login?error"));
        assertThat(auditActions(username)).contains("login.failed");
    }

    @Test
    void locksTheAccountAfterRepeatedFailures() throws Exception {
        String username = newUser(Set.of(Roles.STAFF_MEMBER));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong password " + i));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select locked_until > now() from app_user where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void asksForTheSecondFactorWhenTheRoleRequiresIt() throws Exception {
        String username = newUser(Set.of(Roles.OVERSIGHT_INVESTIGATOR));
        UUID id = userId(username);
        String secret = users.enableSecondFactor(id);

        var login = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        // Nothing is reachable before the second factor.
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());

        String code = TotpCodes.now(secret);
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(auditActions(username)).contains("login.succeeded", "login.failed");
    }

    @Test
    void refusesASecondFactorCodeThatWasUsedBefore() throws Exception {
        String username = newUser(Set.of(Roles.STAFF_MEMBER));
        String secret = users.enableSecondFactor(userId(username));
        String code = TotpCodes.now(secret);
        completeWith(username, code);
        var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(status().isOk());
    }

    @Test
    void makesAUserWithoutAuthenticatorEnrolWhenTheRoleRequiresIt() throws Exception {
        String username = newUser(Set.of(Roles.ADMINISTRATOR));
        var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn().getRequest().getSession();
        mvc.perform(get("/login/second-factor").session(session)).andExpect(status().isOk());
        String secret = jdbc.sql("select totp_secret from app_user where username = ?").param(username)
                .query(String.class).single();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", TotpCodes.now(secret)))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void logsOut() throws Exception {
        // Both session cookies expire: the container's (sessions in memory) and Spring Session's (in the database).
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"))
                .andExpect(cookie().maxAge("JSESSIONID", 0)).andExpect(cookie().maxAge("SESSION", 0));
    }

    private void completeWith(String username, String code) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn()
                .getRequest().getSession();
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
    }

    private String newUser(Set<String> roles) {
        String username = "login-test-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(organisations.findByCode("demo").orElseThrow().id(), username, "Test User",
                PASSWORD, roles, null));
        return username;
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private java.util.List<String> auditActions(String username) {
        return jdbc.sql("select action from audit_entry where actor = ? order by seq").param(username)
                .query(String.class).list();
    }
}
