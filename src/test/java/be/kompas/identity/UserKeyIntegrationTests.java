package be.kompas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import be.kompas.identity.internal.UserKeyService;
import be.kompas.identity.internal.UserService;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class UserKeyIntegrationTests {

    private static final String PASSWORD = "first password here";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    UserKeyService keys;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void firstPasswordLoginMakesTheKeyPairUnlocksItAndShowsTheRecoveryKeyOnce() throws Exception {
        UUID id = newUser();
        assertThat(keys.hasKeyPair(id)).isFalse();
        var session = (MockHttpSession) mvc.perform(formLogin().user(username(id)).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"recovery-key-pending\"")));
        var unlocked = (UnlockedKeys) session.getAttribute(UnlockedKeys.SESSION_ATTRIBUTE);
        assertThat(unlocked.userId()).isEqualTo(id);
        assertThat(keys.publicKey(demo(), id)).hasValueSatisfying(
                publicKey -> assertThat(publicKey).isEqualTo(be.kompas.core.crypto.Crypto.publicKeyOf(
                        unlocked.privateKey())));
        // A session stored in the database carries the user id only, never the private key.
        byte[] sessionForm = org.springframework.util.SerializationUtils.serialize(unlocked);
        assertThat(java.util.HexFormat.of().formatHex(sessionForm))
                .doesNotContain(java.util.HexFormat.of().formatHex(unlocked.privateKey()));
        assertThat(unlocked.toString()).doesNotContain(java.util.HexFormat.of().formatHex(unlocked.privateKey()));

        String page = mvc.perform(get("/profile").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"recovery-key\"");
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"recovery-key\""))));
        mvc.perform(get("/").session(session)).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("id=\"recovery-key-pending\""))));
        // The stored private key is ciphertext only.
        byte[] stored = jdbc.sql("select private_key_by_password from user_key where user_id = ?").param(id)
                .query(byte[].class).single();
        assertThat(java.util.HexFormat.of().formatHex(sessionForm))
                .doesNotContain(java.util.HexFormat.of().formatHex(unlocked.privateKey()));
    }

    @Test
    void passwordChangeReEncryptsThePrivateKey() {
        UUID id = newUser();
        users.createKeyPair(id, PASSWORD);
        byte[] before = keys.unlock(id, PASSWORD).orElseThrow().privateKey();
        assertThat(users.changePassword(id, PASSWORD, "second password here")).isTrue();
        assertThat(keys.unlock(id, PASSWORD)).isEmpty();
        assertThat(keys.unlock(id, "second password here").orElseThrow().privateKey()).isEqualTo(before);
    }

    @Test
    void administratorsResetOpensNothingUntilTheRecoveryKeyIsEntered() throws Exception {
        UUID id = newUser();
        String recoveryKey = users.createKeyPair(id, PASSWORD).orElseThrow();
        byte[] before = keys.unlock(id, PASSWORD).orElseThrow().privateKey();
        users.resetPassword(demo(), id, "reset by the admin");
        assertThat(keys.unlock(id, "reset by the admin")).isEmpty();

        var session = (MockHttpSession) mvc.perform(formLogin().user(username(id)).password("reset by the admin"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        assertThat(session.getAttribute(UnlockedKeys.SESSION_ATTRIBUTE)).isNull();
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"recoveryKey\"")));
        mvc.perform(post("/profile/recovery").session(session).with(csrf()).param("recoveryKey", "AAAA-BBBB")
                .param("password", "reset by the admin")).andExpect(status().isOk());
        mvc.perform(post("/profile/recovery").session(session).with(csrf())
                .param("recoveryKey", recoveryKey.toLowerCase()).param("password", "reset by the admin"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(keys.unlock(id, "reset by the admin").orElseThrow().privateKey()).isEqualTo(before);
        assertThat(session.getAttribute(UnlockedKeys.SESSION_ATTRIBUTE)).isNotNull();
    }

    @Test
    void demoUsersHaveKeyPairs() {
        var coach = users.list(demo(), "demo.coach", be.kompas.core.PageRequest.of(0, 5)).content().get(0);
        assertThat(keys.unlock(coach.id(), "test-password-123")).isPresent();
    }

    private UUID newUser() {
        String username = "key-test-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(demo(), username, "Key Test", PASSWORD, Set.of(Roles.STAFF_MEMBER), null));
    }

    private String username(UUID id) {
        return users.find(demo(), id).orElseThrow().username();
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
