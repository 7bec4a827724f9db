package be.kompas.investigations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.Organisations;

/** Retention per outcome with a tombstone for the figures, and the daily watch on the terms. */
@KompasIntegrationTest
class RetentionAndTermsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CasePersonalData personalData;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Organisations organisations;

    private UUID open(String summary) throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var member = staff.search(demo, StaffQuery.text("Desmet"), PageRequest.of(0, 1)).content().get(0);
        String location = mvc.perform(post("/investigations/new").param("origin", "OWN_INITIATIVE")
                .param("summary", summary).param("personnelNumbers", member.personnelNumber())
                .with(SignedIn.as("demo.ditlead")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aPurgedCaseLeavesOnlyATombstoneForTheFigures() throws Exception {
        UUID id = open("Retention case " + UUID.randomUUID());
        mvc.perform(post("/investigations/" + id + "/triage").param("facts", "Nothing to it").param("factCodes", "6.2")
                .with(SignedIn.as("demo.ditlead")).with(csrf()));
        mvc.perform(post("/investigations/" + id + "/track").param("track", "NO_FURTHER_ACTION")
                .with(SignedIn.as("demo.chief")).with(csrf()));
        mvc.perform(post("/investigations/" + id + "/close").with(SignedIn.as("demo.chief")).with(csrf()));
        var demo = organisations.findByCode("demo").orElseThrow().id();
        assertThat(personalData.findAbout(demo, "Desmet")).anySatisfy(r -> {
            assertThat(r.recordId()).isEqualTo(id.toString());
            assertThat(r.recordType()).isEqualTo("investigations.case-none");
        });

        // Another outcome's retention does not touch it.
        personalData.purge(demo, "investigations.case-disciplinary", Instant.now().plus(Duration.ofDays(2)));
        assertThat(count("investigation_staff", id)).isEqualTo(1);

        assertThat(personalData.purge(demo, "investigations.case-none", Instant.now().plus(Duration.ofDays(2))))
                .isPositive();
        assertThat(count("investigation_staff", id)).isZero();
        assertThat(count("investigation_information_duty", id)).isZero();
        var tombstone = jdbc.sql("""
                select reference, track, fact_codes::text, staff_count, summary, facts, purged_at is not null as purged
                from investigation_case where id = :id""").param("id", id).query((rs, n) -> new Object[] {
                        rs.getString("reference"), rs.getString("track"), rs.getString("fact_codes"),
                        rs.getInt("staff_count"), rs.getString("summary"), rs.getString("facts"),
                        rs.getBoolean("purged") }).single();
        assertThat(tombstone).containsExactly(tombstone[0], "NO_FURTHER_ACTION", "{6.2}", 1, null, null, true);
        mvc.perform(get("/investigations/" + id).with(SignedIn.as("demo.ditlead"))).andExpect(status().isNotFound());
        assertThat(personalData.findAbout(demo, "Desmet")).noneMatch(r -> r.recordId().equals(id.toString()));
    }

    @Test
    void theDailyWatchWarnsOnceBeforeATermLapses() throws Exception {
        UUID id = open("Terms case " + UUID.randomUUID());
        LocalDate later = LocalDate.now().plusDays(30);
        assertThat(watch.run(later)).anySatisfy(w -> assertThat(w.deadline()).isEqualTo("triage"));
        assertThat(watch.run(later)).noneMatch(w -> w.reference().equals(jdbc.sql(
                "select reference from investigation_case where id = :id").param("id", id).query(String.class)
                .single()));
        assertThat(jdbc.sql("select count(*) from investigation_deadline_warning where case_id = :id")
                .param("id", id).query(Integer.class).single()).isPositive();
    }

    private int count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where case_id = :id").param("id", id)
                .query(Integer.class).single();
    }
}
