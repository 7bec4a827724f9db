package be.kompas.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.advice.internal.AdviceService;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.tenancy.Organisations;
import tools.jackson.databind.json.JsonMapper;

@KompasIntegrationTest
class AdviceRetentionIntegrationTests {

    private static final String PASSPHRASE = "retention passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AdviceService advice;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    Organisations organisations;

    AdviceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdviceFixtures(mvc, json, advice);
    }

    private UUID submit(String name, String kind) throws Exception {
        String reference = fixtures.submit("demo", kind, "Retention text", name, PASSPHRASE).reference();
        return jdbc.sql("select id from advice_report where reference = ?").param(reference).query(UUID.class)
                .single();
    }

    private void receivedIn(UUID id, LocalDate date) {
        jdbc.sql("update advice_report set received_on = ?, acknowledge_by = ?, answer_by = ? where id = ?")
                .params(Date.valueOf(date), Date.valueOf(date.plusDays(9)), Date.valueOf(date.plusDays(42)), id)
                .update();
    }

    @Test
    void cryptoShreddingDestroysTheContentAndKeepsTheStatistics() throws Exception {
        String name = fixtures.uniqueName();
        UUID id = submit(name, "QUESTION");
        receivedIn(id, LocalDate.of(2022, 3, 1));
        mvc.perform(post("/advice/{id}/forward", id).param("target", "DPO").param("text", "To the DPO")
                .with(csrf()).with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/statistics").param("year", "2022")
                .with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString("id=\"total\">1<")));

        var holder = holders.stream().filter(h -> h.recordTypes().stream()
                .anyMatch(t -> t.code().equals("advice.report"))).findFirst().orElseThrow();
        int purged = holder.purge(organisations.findByCode("demo").orElseThrow().id(), "advice.report",
                Instant.now().plus(Duration.ofDays(2)));
        assertThat(purged).isPositive();

        assertThat(jdbc.sql("select count(*) from advice_report_key where report_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from advice_message where report_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select text_ciphertext is null and name_ciphertext is null and reporter_key is null
                       and lookup_tag is null and shredded_on is not null
                  from advice_report where id = ?""").param(id).query(Boolean.class).single()).isTrue();
        mvc.perform(post("/api/v1/public/advice/demo/login").contentType(MediaType.APPLICATION_JSON)
                .content(AdviceFixtures.login(name, PASSPHRASE))).andExpect(status().isUnauthorized());
        mvc.perform(get("/advice/{id}", id).with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().isNotFound());
        // The figures stay.
        mvc.perform(get("/advice/statistics").param("year", "2022")
                .with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString("id=\"total\">1<")));
    }

    @Test
    void openReportsAreNeverShredded() throws Exception {
        UUID id = submit(fixtures.uniqueName(), "QUESTION");
        var holder = holders.stream().filter(h -> h.recordTypes().stream()
                .anyMatch(t -> t.code().equals("advice.report"))).findFirst().orElseThrow();
        holder.purge(organisations.findByCode("demo").orElseThrow().id(), "advice.report",
                Instant.now().plus(Duration.ofDays(2)));
        assertThat(jdbc.sql("select text_ciphertext is not null from advice_report where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void archivingTakesTheYearOutOfTheWorkingLists() throws Exception {
        UUID id = submit(fixtures.uniqueName(), "QUESTION");
        receivedIn(id, LocalDate.of(2024, 6, 3));
        String reference = jdbc.sql("select reference from advice_report where id = ?").param(id)
                .query(String.class).single();
        mvc.perform(get("/advice").with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(post("/advice/statistics/archive").param("year", "2024").with(csrf())
                .with(be.kompas.identity.internal.SignedIn.as("demo.coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/advice/statistics/archive").param("year", "2024").with(csrf())
                .with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice").with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/advice/{id}", id).with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().isNotFound());

        // Reading it again takes a request that the DPO approves, for the one who asked.
        mvc.perform(post("/advice/archive/requests").param("reference", reference).param("reason", "Complaint")
                .with(csrf()).with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/{id}", id).with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().isNotFound());
        UUID request = jdbc.sql("select id from advice_archive_request where report_id = ?").param(id)
                .query(UUID.class).single();
        mvc.perform(post("/advice/archive/requests/{r}/approve", request).with(csrf())
                .with(be.kompas.identity.internal.SignedIn.as("demo.facilitator"))).andExpect(status().isForbidden());
        mvc.perform(post("/advice/archive/requests/{r}/approve", request).with(csrf())
                .with(be.kompas.identity.internal.SignedIn.as("demo.dpo"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/{id}", id).with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Retention text")));
        mvc.perform(get("/advice/{id}", id).with(be.kompas.identity.internal.SignedIn.withKeys("demo.helper")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action in ('advice.archive.requested', 'advice.archive.approved')
                   and record_id in (?, ?)""").params(id.toString(), request.toString()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void smallCountsAreHiddenOutsideTheAdvicePointTeam() throws Exception {
        for (int i = 0; i < 2; i++) {
            receivedIn(submit(fixtures.uniqueName(), "SUSPICION"), LocalDate.of(2023, 2, 6));
        }
        mvc.perform(get("/advice/statistics").param("year", "2023")
                .with(be.kompas.identity.internal.SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"total\">&lt;5<")));
        mvc.perform(get("/advice/statistics").param("year", "2023")
                .with(be.kompas.identity.internal.SignedIn.as("demo.facilitator")))
                .andExpect(content().string(containsString("id=\"total\">2<")));
        mvc.perform(get("/advice/statistics").with(be.kompas.identity.internal.SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void yearlyReportIsAPdfInTheOrganisationsLanguageWithSmallCountsHidden() throws Exception {
        UUID id = submit(fixtures.uniqueName(), "QUESTION");
        receivedIn(id, LocalDate.of(2021, 9, 15));
        byte[] pdf = mvc.perform(get("/advice/statistics/yearly-report").param("year", "2021")
                .with(be.kompas.identity.internal.SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // The title may wrap in the PDF; compare with single spaces.
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PZ Demostad", "jaarverslag 2021", "Andere", "Algemene opvolging", "<5")
                    .doesNotContain("Retention text");
            // Charts beyond bars: the follow-up is drawn as a pie when a count is large enough to show.
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void whistleblowerReportsRecordRoutingAndTheProtectionPeriod() throws Exception {
        UUID id = submit(fixtures.uniqueName(), "WHISTLEBLOWER");
        mvc.perform(post("/advice/{id}/whistleblower", id).param("routing", "MINISTER")
                .param("adverseMeasureOn", "2026-01-10").with(csrf())
                .with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/{id}", id).param("lang", "en")
                .with(be.kompas.identity.internal.SignedIn.withKeys("demo.facilitator")))
                .andExpect(content().string(containsString("id=\"protected-until\"")))
                .andExpect(content().string(containsString("2029")))
                .andExpect(content().string(containsString("value=\"MINISTER\" selected")));
        assertThat(jdbc.sql("select routing_ciphertext is not null from advice_report where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }
}
