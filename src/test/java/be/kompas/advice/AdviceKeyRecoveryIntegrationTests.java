package be.kompas.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.NewUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys for users without a usable password (single sign-on) and for users who lost their recovery key: a separate
 * passphrase, a new key pair, and the facilitator granting access again (docs/adr/0006).
 */
@KompasIntegrationTest
class AdviceKeyRecoveryIntegrationTests {

    private static final String PASSWORD = "test-password-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Test
    void aSingleSignOnCoachSetsAPassphraseAndReadsAfterBeingAssigned() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        String username = "sso.coach." + UUID.randomUUID().toString().substring(0, 8);
        // As single sign-on makes them: no password anyone knows, so no key pair at a password login.
        UUID coach = users.create(new NewUser(demo, username, "Sso Coach", UUID.randomUUID().toString(),
                Set.of(Roles.INTEGRITY_COACH, Roles.STAFF_MEMBER), null));
        var session = new MockHttpSession();
        mvc.perform(get("/profile").param("lang", "en").session(session).with(SignedIn.as(username)))
                .andExpect(content().string(containsString("id=\"set-passphrase\"")));
        mvc.perform(post("/profile/keys/passphrase").param("passphrase", "short").param("confirmation", "short")
                .session(session).with(SignedIn.as(username)).with(csrf())).andExpect(status().isOk());
        var setUp = mvc.perform(post("/profile/keys/passphrase").param("passphrase", "my own passphrase for kompas")
                .param("confirmation", "my own passphrase for kompas").session(session).with(SignedIn.as(username))
                .with(csrf())).andExpect(status().is3xxRedirection())
                // The recovery key waits sealed in the session, never in a flash attribute stored with it.
                .andExpect(result -> assertThat(result.getFlashMap().get("newRecoveryKey")).isNull()).andReturn();
        var cookie = SignedIn.keysCookie(setUp);
        assertThat(cookie).isNotNull();
        mvc.perform(get("/profile").session(session).cookie(cookie).with(SignedIn.as(username)))
                .andExpect(content().string(containsString("id=\"recovery-key\"")));

        String reference = submit("Question for the SSO coach");
        UUID id = reportId(reference);
        mvc.perform(post("/advice/{id}/assign", id).param("coach", coach.toString()).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/{id}", id).session(session).cookie(cookie).with(SignedIn.as(username)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Question for the SSO coach")));
        // The same session without the browser's key opens nothing.
        mvc.perform(get("/advice/{id}", id).session(session).with(SignedIn.as(username)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Question for the SSO coach"))));

        // A new session: locked until the passphrase opens the key again; a wrong one does not.
        var next = new MockHttpSession();
        mvc.perform(post("/profile/keys/unlock").param("secret", "not my passphrase").param("lang", "en")
                .session(next).with(SignedIn.as(username)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("This does not open your encryption key")));
        var unlocked = mvc.perform(post("/profile/keys/unlock").param("secret", "my own passphrase for kompas")
                .session(next).with(SignedIn.as(username)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/advice/{id}", id).session(next).cookie(SignedIn.keysCookie(unlocked))
                .with(SignedIn.as(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Question for the SSO coach")));
    }

    @Test
    void aCoachWhoLostTheRecoveryKeyGetsANewKeyAndTheFacilitatorGrantsAccessAgain() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        String username = "lost.coach." + UUID.randomUUID().toString().substring(0, 8);
        UUID coach = users.create(new NewUser(demo, username, "Lost Coach", PASSWORD,
                Set.of(Roles.INTEGRITY_COACH, Roles.STAFF_MEMBER), null));
        users.createKeyPair(coach, "the password before the reset");
        String reference = submit("Question for the coach who forgets");
        UUID id = reportId(reference);
        mvc.perform(post("/advice/{id}/assign", id).param("coach", coach.toString()).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());

        // The administrator reset the password; the old key no longer opens and the recovery key is lost.
        var session = new MockHttpSession();
        var replaced = mvc.perform(post("/profile/keys/replace").param("passphrase", PASSWORD)
                .param("confirmation", PASSWORD).session(session).with(SignedIn.as(username)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/advice/{id}", id).session(session).cookie(SignedIn.keysCookie(replaced))
                .with(SignedIn.as(username)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Question for the coach who forgets"))));
        mvc.perform(get("/inbox").param("lang", "en").with(SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString("reports wait for you to grant access again")));
        mvc.perform(get("/advice/regrants").with(SignedIn.as("demo.coach")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/advice/regrants").param("lang", "en").with(SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString("Lost Coach")));

        mvc.perform(post("/advice/regrants/{user}", coach).with(csrf()).with(SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("granted")).isEqualTo(1));
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys(username))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Question for the coach who forgets")));
        assertThat(jdbc.sql("select count(*) from advice_report_key where user_id = ? and needs_regrant")
                .param(coach).query(Integer.class).single()).isZero();
    }

    private String submit(String text) throws Exception {
        var result = mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"QUESTION\",\"category\":\"gifts\",\"text\":\"" + text + "\",\"name\":\"key-"
                        + UUID.randomUUID() + "\",\"passphrase\":\"a long passphrase\"}"))
                .andExpect(status().isCreated()).andReturn();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("reference")
                .asString();
    }

    private UUID reportId(String reference) {
        return jdbc.sql("select id from advice_report where reference = ?").param(reference).query(UUID.class)
                .single();
    }
}
