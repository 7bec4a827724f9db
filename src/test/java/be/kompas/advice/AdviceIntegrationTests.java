package be.kompas.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.advice.internal.AdviceService;
import be.kompas.core.attachments.TestFiles;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.NewUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;
import tools.jackson.databind.json.JsonMapper;

@KompasIntegrationTest
@RecordApplicationEvents
class AdviceIntegrationTests {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final Pattern REFERENCE = Pattern.compile("AP-[2-9A-Z]{4}-[2-9A-Z]{4}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AdviceService advice;

    @Autowired
    UserManagement users;

    @Autowired
    Organisations organisations;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationEvents events;

    AdviceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdviceFixtures(mvc, json, advice);
    }

    /** Submits through the reporter's page, with a photo, and returns the reference. */
    private String submitWithPhoto(String name, String text, String identity, byte[] photo) throws Exception {
        String page = mvc.perform(multipart("/public/advice/demo")
                .file(new MockMultipartFile("files", "IMG_20261125_143000.jpg", "image/jpeg", photo))
                .param("kind", "SUSPICION").param("category", "gifts").param("text", text).param("name", name)
                .param("passphrase", PASSPHRASE).param("identity", identity).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("203.0.113.77");
                    return request;
                }).header("User-Agent", "Mozilla/5.0 UniqueAgent-4711"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher matcher = REFERENCE.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group();
    }

    private UUID reportId(String reference) {
        return jdbc.sql("select id from advice_report where reference = ?").param(reference).query(UUID.class)
                .single();
    }

    /** Every row of every table, as PostgreSQL renders it; bytea columns appear in hex. */
    private String wholeDatabase() {
        var tables = jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                 where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'""")
                .query(String.class).list();
        var dump = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("select t::text from " + table + " t").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString().toLowerCase();
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRawDatabaseHoldsNoPlaintextOfAReport() throws Exception {
        String name = fixtures.uniqueName();
        String text = "Sergeant Vanderlinden accepts envelopes at the garage " + UUID.randomUUID();
        String identity = "Inspector Mieke Claeskens " + UUID.randomUUID();
        byte[] photo = TestFiles.jpegWithGps();
        String reference = submitWithPhoto(name, text, identity, photo);
        String reply = "The envelopes come on Fridays " + UUID.randomUUID();
        mvc.perform(post("/api/v1/public/advice/demo/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"passphrase\":\"" + PASSPHRASE + "\",\"text\":\"" + reply
                        + "\"}"))
                .andExpect(status().isOk());
        UUID id = reportId(reference);
        String coachMessage = "Thank you, we look into it " + UUID.randomUUID();
        mvc.perform(post("/advice/{id}/messages", id).param("text", coachMessage).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());

        String database = wholeDatabase();
        // Text and hex forms of every secret, in any table, including the audit trail and the event log.
        for (String secret : List.of(text, identity, name, reply, coachMessage, PASSPHRASE)) {
            assertThat(database).doesNotContain(secret.toLowerCase()).doesNotContain(hex(secret));
            assertThat(database).doesNotContain(secret.substring(0, Math.min(20, secret.length())).toLowerCase());
        }
        // Nor any stretch of the picture's bytes.
        String photoHex = HexFormat.of().formatHex(photo);
        for (int offset = 200; offset + 64 < photoHex.length(); offset += 400) {
            assertThat(database).doesNotContain(photoHex.substring(offset, offset + 64));
        }
        assertThat(database).contains(reference.toLowerCase());
    }

    @Test
    void storesNoClientAddressUserAgentOrTimeOfDay() throws Exception {
        String reference = submitWithPhoto(fixtures.uniqueName(), "A question", "", TestFiles.jpegWithGps());
        String database = wholeDatabase();
        assertThat(database).doesNotContain("203.0.113.77").doesNotContain(hex("203.0.113.77"))
                .doesNotContain("uniqueagent-4711").doesNotContain(hex("UniqueAgent-4711"));
        assertThat(environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class)).isFalse();
        // Dates only: the report's columns hold no time of day.
        var columns = jdbc.sql("""
                select data_type from information_schema.columns where table_name = 'advice_report'
                   and data_type like 'timestamp%'""").query(String.class).list();
        assertThat(columns).isEmpty();
        assertThat(reportId(reference).version()).isEqualTo(4);
    }

    @Test
    void facilitatorAssignsCoachAnswersAndReporterReadsTheAnswer() throws Exception {
        String name = fixtures.uniqueName();
        String reference = submitWithPhoto(name, "Is this a gift I may keep?", "", TestFiles.jpegWithGps());
        UUID id = reportId(reference);

        // The facilitator sees the new report on the board as metadata.
        mvc.perform(get("/advice").with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(not(containsString("Is this a gift"))));
        UUID coach = userId("demo.coach");
        mvc.perform(post("/advice/{id}/assign", id).param("coach", coach.toString()).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(redirectedUrl("/advice/" + id));

        mvc.perform(get("/advice").with(SignedIn.withKeys("demo.coach")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys("demo.coach"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Is this a gift I may keep?")));
        mvc.perform(post("/advice/{id}/acknowledge", id).param("text", "We received your question.").with(csrf())
                .with(SignedIn.withKeys("demo.coach"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/advice/{id}/answer", id).param("text", "Politely refuse the gift.").with(csrf())
                .with(SignedIn.withKeys("demo.coach"))).andExpect(status().is3xxRedirection());

        mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login(name, PASSPHRASE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.messages[0].kind").value("ACKNOWLEDGEMENT"))
                .andExpect(jsonPath("$.messages[1].kind").value("ANSWER"))
                .andExpect(jsonPath("$.messages[1].text").value("Politely refuse the gift."));

        // The photo reaches the coach inline, without EXIF, never cached; reading it is audited.
        UUID attachment = jdbc.sql("select id from advice_attachment where report_id = ?").param(id)
                .query(UUID.class).single();
        byte[] served = mvc.perform(get("/advice/{id}/attachments/{a}", id, attachment)
                .with(SignedIn.withKeys("demo.coach"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        var metadata = Imaging.getMetadata(served);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where record_type in ('advice.report', 'advice.attachment')
                   and action = 'read' and actor = 'demo.coach'""").query(Long.class).single()).isPositive();
    }

    @Test
    void aCoachWhoIsNotAssignedCannotReadTheContent() throws Exception {
        String reference = submitWithPhoto(fixtures.uniqueName(), "Not for coach2", "", TestFiles.jpegWithGps());
        UUID id = reportId(reference);
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys("demo.coach2"))).andExpect(status().isNotFound());
        mvc.perform(get("/advice").with(SignedIn.withKeys("demo.coach2")))
                .andExpect(content().string(not(containsString(reference))));
        // No wrapped key exists for them, so there is nothing their private key could open.
        assertThat(jdbc.sql("select count(*) from advice_report_key where report_id = ? and user_id = ?")
                .params(id, userId("demo.coach2")).query(Long.class).single()).isZero();
    }

    @Test
    void aRecusedCoachLosesTheirKey() throws Exception {
        String reference = submitWithPhoto(fixtures.uniqueName(), "Conflict", "", TestFiles.jpegWithGps());
        UUID id = reportId(reference);
        mvc.perform(post("/advice/{id}/assign", id).param("coach", userId("demo.coach2").toString()).with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys("demo.coach2")))
                .andExpect(content().string(containsString("Conflict")));
        mvc.perform(post("/advice/{id}/recuse", id).with(csrf()).with(SignedIn.withKeys("demo.coach2")))
                .andExpect(redirectedUrl("/advice"));
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys("demo.coach2"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from advice_report_key where report_id = ? and user_id = ?")
                .params(id, userId("demo.coach2")).query(Long.class).single()).isZero();
    }

    @Test
    void withoutAnUnlockedKeyNothingOpensEvenForTheFacilitator() throws Exception {
        String reference = submitWithPhoto(fixtures.uniqueName(), "Locked content", "", TestFiles.jpegWithGps());
        // Signed in without the password login's unlocked key (as after an administrator's reset).
        mvc.perform(get("/advice/{id}", reportId(reference)).with(SignedIn.as("demo.facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"no-key\"")))
                .andExpect(content().string(not(containsString("Locked content"))));
    }

    @Test
    void forwardingEndsHandlingAndTellsTheReporter() throws Exception {
        String name = fixtures.uniqueName();
        UUID id = reportId(submitWithPhoto(name, "A crime", "", TestFiles.jpegWithGps()));
        mvc.perform(post("/advice/{id}/forward", id).param("target", "DIT").param("text", "Passed to DIT.")
                .with(csrf()).with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login(name, PASSPHRASE))).andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.forwardedTo").value("DIT"));
        assertThat(jdbc.sql("select case_reference from advice_report where id = ?").param(id).query(String.class)
                .single()).startsWith("FW-");
        assertThat(events.stream(AdviceReportForwarded.class).filter(e -> e.reportId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.caseReference()).startsWith("FW-"));
        mvc.perform(post("/advice/{id}/messages", id).param("text", "more").with(csrf())
                .with(SignedIn.withKeys("demo.facilitator"))).andExpect(status().isBadRequest());
    }

    @Test
    void refusesRolesOutsideTheAdvicePoint() throws Exception {
        UUID id = reportId(submitWithPhoto(fixtures.uniqueName(), "Roles", "", TestFiles.jpegWithGps()));
        mvc.perform(get("/advice").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/advice/{id}", id).with(SignedIn.as("demo.coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/advice/{id}/assign", id).param("coach", userId("demo.coach").toString()).with(csrf())
                .with(SignedIn.withKeys("demo.coach"))).andExpect(status().isForbidden());
        mvc.perform(get("/advice")).andExpect(status().is3xxRedirection());
    }

    @Test
    void keepsOrganisationsApart() throws Exception {
        UUID id = reportId(submitWithPhoto(fixtures.uniqueName(), "Tenant", "", TestFiles.jpegWithGps()));
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        String username = "demo2.coach-" + UUID.randomUUID().toString().substring(0, 6);
        UUID coach = users.create(new NewUser(demo2, username, "Other Coach", "test-password-123",
                Set.of(Roles.COACH_FACILITATOR), null));
        users.createKeyPair(coach, "test-password-123");
        mvc.perform(get("/advice/{id}", id).with(SignedIn.withKeys(username))).andExpect(status().isNotFound());
        mvc.perform(get("/advice").with(SignedIn.withKeys(username)))
                .andExpect(content().string(not(containsString("Tenant"))));
        assertThatThrownBy(() -> advice.summary(user(username), id)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void reporterPagesWarnWhatTheChannelIsNotForAndKeepBrowsersFromRemembering() throws Exception {
        mvc.perform(get("/public/advice/demo").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"not-for\"")))
                .andExpect(content().string(containsString("Self-reporting is welcome")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")))
                .andExpect(content().string(containsString("Comité P")));
        mvc.perform(get("/public/advice/demo").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Point d&#39;avis intégrité")));
        mvc.perform(get("/public/advice/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void reporterPageShowsWhatWasRemovedThenOpensTheReportWithNameAndPassphrase() throws Exception {
        String name = fixtures.uniqueName();
        mvc.perform(multipart("/public/advice/demo")
                .file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", TestFiles.jpegWithGps()))
                .param("kind", "QUESTION").param("category", "gifts").param("text", "A dinner invitation")
                .param("name", name).param("passphrase", PASSPHRASE).param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("GPS location")))
                .andExpect(content().string(containsString("id=\"reference\"")));
        mvc.perform(post("/public/advice/demo/login").param("name", name).param("passphrase", "not the one at all")
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-error\"")));
        var login = mvc.perform(post("/public/advice/demo/login").param("name", name)
                .param("passphrase", PASSPHRASE).with(csrf())).andExpect(redirectedUrl("/public/advice/demo/report"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        var keys = SignedIn.keysCookie(login);
        mvc.perform(get("/public/advice/demo/report").session(session).cookie(keys)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A dinner invitation")));
        // The session alone (a database reader, another browser) does not open the report.
        mvc.perform(get("/public/advice/demo/report").session(session))
                .andExpect(redirectedUrl("/public/advice/demo/login"));
        mvc.perform(multipart("/public/advice/demo/report/reply").param("text", "One more thing").session(session)
                .cookie(keys).with(csrf())).andExpect(redirectedUrl("/public/advice/demo/report"));
        mvc.perform(multipart("/public/advice/demo/report/reply").param("text", "")
                .file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes()))
                .session(session).cookie(keys).with(csrf()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a JPEG, PNG, PDF or DOCX file")));
        // Another organisation's page does not open this session's report.
        mvc.perform(get("/public/advice/demo2/report").session(session).cookie(keys))
                .andExpect(redirectedUrl("/public/advice/demo2/login"));
        // Closing the report ends the session and makes the browser forget the key.
        var logout = mvc.perform(post("/public/advice/demo/report/logout").session(session).cookie(keys).with(csrf()))
                .andReturn();
        assertThat(SignedIn.keysCookie(logout).getMaxAge()).isZero();
    }

    /**
     * Signing in with name and passphrase gives the session a new id (no fixation of an id planted before), the open
     * report follows it, and the session still holds nothing but sealed values and the CSRF token.
     */
    @Test
    void reporterSignInChangesTheSessionIdAndTheReportStillOpens() throws Exception {
        String name = fixtures.uniqueName();
        fixtures.submit("demo", "QUESTION", "A question before a new session id", name, PASSPHRASE);
        var session = new MockHttpSession();
        mvc.perform(get("/public/advice/demo/login").session(session)).andExpect(status().isOk());
        String before = session.getId();

        var login = mvc.perform(post("/public/advice/demo/login").session(session).param("name", name)
                .param("passphrase", PASSPHRASE).with(csrf())).andExpect(redirectedUrl("/public/advice/demo/report"))
                .andReturn();

        assertThat(login.getRequest().getSession(false)).isSameAs(session);
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/public/advice/demo/report").session(session).cookie(SignedIn.keysCookie(login)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A question before a new session id")));
        assertThat(Collections.list(session.getAttributeNames())).isNotEmpty().allMatch(
                attribute -> attribute.startsWith("be.kompas.sealed.") || attribute.endsWith("CSRF_TOKEN"));
    }

    @Test
    void refusesAnUncleanableFileWithAClearMessageAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from advice_report").query(Long.class).single();
        mvc.perform(multipart("/public/advice/demo")
                .file(new MockMultipartFile("files", "virus.exe", "application/octet-stream", new byte[] { 'M', 'Z' }))
                .param("kind", "QUESTION").param("category", "gifts").param("text", "x")
                .param("name", fixtures.uniqueName()).param("passphrase", PASSPHRASE)
                .param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refused: virus.exe is not a JPEG, PNG, PDF or DOCX file.")));
        assertThat(jdbc.sql("select count(*) from advice_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void facilitatorAddsAndRemovesACategoryThatReportersSee() throws Exception {
        mvc.perform(post("/advice/categories").param("label", "Pesten op sociale média").with(csrf())
                .with(SignedIn.as("demo.coach"))).andExpect(status().isForbidden());
        mvc.perform(post("/advice/categories").param("label", "Pesten op sociale média").with(csrf())
                .with(SignedIn.as("demo.facilitator"))).andExpect(redirectedUrl("/advice/categories"));
        mvc.perform(get("/api/v1/public/advice/demo/categories"))
                .andExpect(jsonPath("$[?(@.code == 'pesten-op-sociale-media')].label").value("Pesten op sociale média"));
        mvc.perform(post("/advice/categories/pesten-op-sociale-media/deactivate").with(csrf())
                .with(SignedIn.as("demo.facilitator"))).andExpect(redirectedUrl("/advice/categories"));
        mvc.perform(get("/api/v1/public/advice/demo/categories"))
                .andExpect(content().string(not(containsString("pesten-op-sociale-media"))));
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private be.kompas.identity.KompasUser user(String username) {
        UUID id = userId(username);
        var organisation = jdbc.sql("select organisation_id from app_user where id = ?").param(id).query(UUID.class)
                .single();
        var org = organisations.get(new be.kompas.tenancy.OrganisationId(organisation));
        return new be.kompas.identity.KompasUser(id, username, username, org.id(), org.code(), org.kind(),
                Set.of(Roles.COACH_FACILITATOR), Set.of(AdvicePermissions.MANAGE, AdvicePermissions.HANDLE), null,
                java.util.Locale.ENGLISH);
    }
}
