package be.kompas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockCookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.crypto.SessionSecrets;
import be.kompas.identity.internal.SignedIn;
import be.kompas.identity.internal.UserKeyService;
import be.kompas.identity.internal.UserService;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;
import jakarta.servlet.http.Cookie;

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

    @Autowired
    SessionSecrets sessionSecrets;

    @Test
    void firstPasswordLoginMakesTheKeyPairUnlocksItAndShowsTheRecoveryKeyOnce() throws Exception {
        UUID id = newUser();
        assertThat(keys.hasKeyPair(id)).isFalse();
        var login = mvc.perform(formLogin().user(username(id)).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        Cookie cookie = SignedIn.keysCookie(login);
        // The browser gets the session key-wrapping key: a session cookie, out of reach of scripts and other sites.
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(-1);
        assertThat(((MockCookie) cookie).getSameSite()).isEqualTo("Strict");
        mvc.perform(get("/").session(session).cookie(cookie))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"recovery-key-pending\"")));
        var unlocked = unlockedIn(session, cookie).orElseThrow();
        assertThat(unlocked.userId()).isEqualTo(id);
        assertThat(keys.publicKey(demo(), id)).hasValueSatisfying(
                publicKey -> assertThat(publicKey).isEqualTo(be.kompas.core.crypto.Crypto.publicKeyOf(
                        unlocked.privateKey())));
        // The session holds the key and the recovery key only sealed: as a database would store it, it contains
        // neither, and without the browser's cookie nothing opens.
        String sessionForm = serialized(session);
        assertThat(sessionForm).doesNotContain(HexFormat.of().formatHex(unlocked.privateKey()));
        assertThat(unlockedIn(session, null)).isEmpty();
        assertThat(unlocked.toString()).doesNotContain(HexFormat.of().formatHex(unlocked.privateKey()));

        String page = mvc.perform(get("/profile").session(session).cookie(cookie)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"recovery-key\"");
        var recoveryKey = java.util.regex.Pattern.compile("id=\"recovery-key\"[^>]*>([^<]+)<").matcher(page);
        assertThat(recoveryKey.find()).isTrue();
        assertThat(sessionForm).doesNotContain(
                HexFormat.of().formatHex(recoveryKey.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(get("/profile").session(session).cookie(cookie))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"recovery-key\""))));
        mvc.perform(get("/").session(session).cookie(cookie)).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("id=\"recovery-key-pending\""))));
        // The stored private key is ciphertext only.
        byte[] stored = jdbc.sql("select private_key_by_password from user_key where user_id = ?").param(id)
                .query(byte[].class).single();
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(unlocked.privateKey()));
    }

    @Test
    void theSealedKeyFollowsTheSessionIdAndLogoutMakesTheBrowserForgetItsKey() throws Exception {
        UUID id = newUser();
        var login = mvc.perform(formLogin().user(username(id)).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        Cookie cookie = SignedIn.keysCookie(login);
        // Sealed before the login changed the session id, opened after it.
        assertThat(unlockedIn(session, cookie)).isPresent();
        // Bound to its session: moved into another session, the same bytes do not open with the same key.
        var other = new MockHttpSession();
        session.getAttributeNames().asIterator().forEachRemaining(
                name -> other.setAttribute(name, session.getAttribute(name)));
        assertThat(unlockedIn(other, cookie)).isEmpty();
        // A key from another session's cookie does not open it either.
        var second = mvc.perform(formLogin().user(username(id)).password(PASSWORD)).andReturn();
        assertThat(unlockedIn(session, SignedIn.keysCookie(second))).isEmpty();

        var logout = mvc.perform(post("/logout").session(session).cookie(cookie).with(csrf())).andReturn();
        Cookie cleared = SignedIn.keysCookie(logout);
        assertThat(cleared).isNotNull();
        assertThat(cleared.getMaxAge()).isZero();
        assertThat(cleared.getValue()).isEmpty();
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

        var login = mvc.perform(formLogin().user(username(id)).password("reset by the admin"))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        assertThat(SignedIn.keysCookie(login)).isNull();
        assertThat(unlockedIn(session, null)).isEmpty();
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"recoveryKey\"")));
        mvc.perform(post("/profile/recovery").session(session).with(csrf()).param("recoveryKey", "AAAA-BBBB")
                .param("password", "reset by the admin")).andExpect(status().isOk());
        var recovered = mvc.perform(post("/profile/recovery").session(session).with(csrf())
                .param("recoveryKey", recoveryKey.toLowerCase()).param("password", "reset by the admin"))
                .andExpect(redirectedUrl("/profile")).andReturn();
        assertThat(keys.unlock(id, "reset by the admin").orElseThrow().privateKey()).isEqualTo(before);
        assertThat(unlockedIn(session, SignedIn.keysCookie(recovered))).hasValueSatisfying(
                unlocked -> assertThat(unlocked.privateKey()).isEqualTo(before));
    }

    @Test
    void demoUsersHaveKeyPairs() {
        var coach = users.list(demo(), "demo.coach", be.kompas.core.PageRequest.of(0, 5)).content().get(0);
        assertThat(keys.unlock(coach.id(), "test-password-123")).isPresent();
    }

    /** What the session would give a request with this cookie (or none). */
    private Optional<UnlockedKeys> unlockedIn(MockHttpSession session, @Nullable Cookie cookie) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return sessionSecrets.get(request, UnlockedKeys.SESSION_SECRET).flatMap(UnlockedKeys::fromBytes);
    }

    /** Every attribute of the session as Spring Session's JDBC store serialises it, in hex. */
    private static String serialized(MockHttpSession session) {
        var out = new StringBuilder();
        session.getAttributeNames().asIterator().forEachRemaining(name -> out.append(HexFormat.of().formatHex(
                org.springframework.util.SerializationUtils.serialize((java.io.Serializable) session.getAttribute(
                        name)))));
        return out.toString();
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
