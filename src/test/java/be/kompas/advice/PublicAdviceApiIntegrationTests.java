package be.kompas.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

@KompasIntegrationTest
class PublicAdviceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    be.kompas.advice.internal.AdviceService advice;

    AdviceFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new AdviceFixtures(mvc, json, advice);
    }

    @Test
    void listsTheSeededCategoriesWithLabelsInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/v1/public/advice/demo/categories").header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("conflict-of-interest"))
                .andExpect(jsonPath("$[0].label").value("Belangenconflict"))
                .andExpect(jsonPath("$.length()").value(12));
    }

    @Test
    void submitsAQuestionAndAnswersTheReferenceAndDeadlines() throws Exception {
        mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.submission("QUESTION", "gifts", "May I accept a bottle of wine?",
                        fixtures.uniqueName(), "a long passphrase")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(matchesPattern("AP-[2-9A-Z]{4}-[2-9A-Z]{4}")))
                .andExpect(jsonPath("$.acknowledgeBy").value(matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
                .andExpect(jsonPath("$.answerBy").value(matchesPattern("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void acceptsFilesThroughTheApiCleanedOfMetadata() throws Exception {
        String name = fixtures.uniqueName();
        var report = new org.springframework.mock.web.MockMultipartFile("report", "", MediaType.APPLICATION_JSON_VALUE,
                AdviceFixtures.submission("SUSPICION", "gifts", "The photo shows the gift.", name, "a long passphrase")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/public/advice/demo").file(report)
                .file(new org.springframework.mock.web.MockMultipartFile("files", "IMG_0001.jpg", "image/jpeg",
                        be.kompas.core.attachments.TestFiles.jpegWithGps())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attachments[0].filename").value("attachment-1.jpg"))
                .andExpect(jsonPath("$.attachments[0].removed").value(hasItem("GPS")));
        var reply = new org.springframework.mock.web.MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE,
                ("{\"name\":\"" + name + "\",\"passphrase\":\"a long passphrase\",\"text\":\"And the invoice.\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/public/advice/demo/messages").file(reply)
                .file(new org.springframework.mock.web.MockMultipartFile("files", "invoice.pdf", "application/pdf",
                        be.kompas.core.attachments.TestFiles.pdfWithAuthor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachments[*].filename").value(hasItem("attachment-2.pdf")))
                .andExpect(jsonPath("$.attachments[?(@.filename == 'attachment-2.pdf')].removed[*]")
                        .value(hasItem("PDF_INFO")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/public/advice/demo/messages").file(reply)
                .file(new org.springframework.mock.web.MockMultipartFile("files", "run.exe", "application/octet-stream",
                        new byte[] { 'M', 'Z', 0, 0 })))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"));
    }

    @Test
    void whistleblowerReportsRunInCalendarDaysAndMonths() throws Exception {
        var receipt = fixtures.submit("demo", "WHISTLEBLOWER", "A tender was rigged.", fixtures.uniqueName(),
                "a long passphrase");
        LocalDate today = fixtures.today();
        assertThat(receipt.acknowledgeBy()).isEqualTo(today.plusDays(7));
        assertThat(receipt.answerBy()).isEqualTo(today.plusDays(7).plusMonths(3));
    }

    @Test
    void refusesBadInputNamingTheFields() throws Exception {
        mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"QUESTION\",\"category\":\"gifts\",\"text\":\"\",\"name\":\"x\","
                        + "\"passphrase\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("passphrase")));
        mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.submission("QUESTION", "no-such-category", "text", fixtures.uniqueName(),
                        "a long passphrase")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.submission("GOSSIP", "gifts", "text", fixtures.uniqueName(),
                        "a long passphrase")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void namesEveryOffendingFieldInOneAnswerTheCategoryToo() throws Exception {
        mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"no-such-category\",\"text\":\"\",\"name\":\"x\","
                        + "\"passphrase\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("kind", "category", "text", "name", "passphrase")));
    }

    @Test
    void wrongNameAndWrongPassphraseGiveTheSameAnswer() throws Exception {
        String name = fixtures.uniqueName();
        fixtures.submit("demo", "QUESTION", "Is this allowed?", name, "a long passphrase");
        String wrongName = mvc.perform(post("/api/v1/public/advice/demo/login")
                .contentType(MediaType.APPLICATION_JSON).content(AdviceFixtures.login(name + "x", "a long passphrase")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String wrongPassphrase = mvc.perform(post("/api/v1/public/advice/demo/login")
                .contentType(MediaType.APPLICATION_JSON).content(AdviceFixtures.login(name, "a long passphrasf")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(wrongName).isEqualTo(wrongPassphrase);
    }

    @Test
    void repeatedFailuresForOneNameSlowDownFurtherAttempts() throws Exception {
        String name = fixtures.uniqueName();
        fixtures.submit("demo", "QUESTION", "Is this allowed?", name, "a long passphrase");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                    .content(AdviceFixtures.login(name, "wrong passphrase " + i))).andExpect(status().isUnauthorized());
        }
        // Even the right passphrase waits now, and a name without report is treated alike.
        mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login(name, "a long passphrase"))).andExpect(status().isTooManyRequests());
    }

    @Test
    void reporterLogsBackInRepliesAndReadsTheConversation() throws Exception {
        String name = fixtures.uniqueName();
        fixtures.submit("demo", "SUSPICION", "My colleague takes fuel.", name, "a long passphrase");
        mvc.perform(post("/api/v1/public/advice/demo/messages").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"passphrase\":\"a long passphrase\",\"text\":\"More detail\"}"))
                .andExpect(status().isOk());
        // The name is found whatever its case or spacing.
        mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login("  " + name.toUpperCase() + " ", "a long passphrase")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.kind").value("SUSPICION"))
                .andExpect(jsonPath("$.messages[0].author").value("REPORTER"))
                .andExpect(jsonPath("$.messages[0].text").value("More detail"));
    }

    @Test
    void keepsOrganisationsApart() throws Exception {
        String name = fixtures.uniqueName();
        fixtures.submit("demo", "QUESTION", "Is this allowed?", name, "a long passphrase");
        mvc.perform(post("/api/v1/public/advice/demo2/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login(name, "a long passphrase"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/public/advice/nowhere/categories")).andExpect(status().isNotFound());
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/advice/{org}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/advice/{org}/login'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/advice/{org}/messages'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/advice/{org}/categories'].get").exists());
    }
}
