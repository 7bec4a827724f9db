package be.kompas.caselaw;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Page;
import be.kompas.investigations.CaseDecided;
import be.kompas.investigations.Track;
import be.kompas.tenancy.OrganisationId;

/**
 * The case-law database fed by {@link CaseDecided}: drafts seen only by the head of internal oversight until
 * published, search, similar decisions and the consistency view, for the right roles and within one organisation.
 */
@KompasIntegrationTest
class CaseLawIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private OrganisationId organisation(String code) {
        return new OrganisationId(jdbc.sql("select id from organisation where code = ?").param(code)
                .query(UUID.class).single());
    }

    private UUID decide(String org, List<String> codes, List<String> families, String facts, String sanction) {
        UUID caseId = UUID.randomUUID();
        var decided = new CaseDecided(organisation(org), caseId, "T-" + caseId, Track.DISCIPLINARY_PROCEDURE, codes,
                families, facts, List.of("Repeated"), List.of("Admitted at once"), "LIGHT_SANCTION", sanction,
                LocalDate.now().minusDays(3));
        transactions.executeWithoutResult(status -> events.publishEvent(decided));
        return caseId;
    }

    /** The entry a decided case became; the listener runs after the commit, on another thread. */
    private UUID entryOf(UUID caseId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select id from caselaw_entry"
                + " where case_id = ?").param(caseId).query(UUID.class).optional(), Optional::isPresent).orElseThrow();
    }

    private UUID publishedEntry(String org, List<String> codes, List<String> families, String facts) throws Exception {
        UUID entry = entryOf(decide(org, codes, families, facts, "WARNING"));
        mvc.perform(post("/caselaw/" + entry + "/publish").with(as(org + (org.equals("demo") ? ".ditlead"
                : ".chief"))).with(csrf())).andExpect(status().is3xxRedirection());
        return entry;
    }

    @Test
    void decidedCaseBecomesADraftThatReadersSeeOnlyOncePublished() throws Exception {
        UUID caseId = decide("demo", List.of("3.9"), List.of("INFORMATION"), "Draft facts 4711 without names.",
                "REPRIMAND");
        UUID entry = entryOf(caseId);
        mvc.perform(get("/caselaw?drafts=true").with(as("demo.ditlead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft facts 4711")));
        mvc.perform(get("/caselaw/" + entry).with(as("demo.investigator"))).andExpect(status().isNotFound());
        mvc.perform(get("/caselaw").with(as("demo.investigator")))
                .andExpect(content().string(not(containsString("Draft facts 4711"))));

        mvc.perform(post("/caselaw/" + entry + "/edit").with(as("demo.ditlead")).with(csrf())
                .param("facts", "Corrected facts 4711, anonymised.").param("factCodes", "3.9")
                .param("riskFamilies", "INFORMATION").param("aggravating", "Repeated\nDuring service")
                .param("mitigating", "").param("track", "DISCIPLINARY_PROCEDURE").param("outcome", "LIGHT_SANCTION")
                .param("sanction", "REPRIMAND").param("year", String.valueOf(LocalDate.now().getYear())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/caselaw/" + entry + "/publish").with(as("demo.investigator")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/caselaw/" + entry + "/publish").with(as("demo.ditlead")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/caselaw/" + entry).with(as("demo.investigator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Corrected facts 4711")))
                .andExpect(content().string(containsString("During service")));
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'caselaw-entry' and record_id = ?"
                + " and action in ('caselaw.taken-in', 'caselaw.corrected', 'caselaw.published', 'read')")
                .param(entry.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRedeliveredDecisionIsTakenInOnce() {
        UUID caseId = UUID.randomUUID();
        var decided = new CaseDecided(organisation("demo"), caseId, "T-twice", Track.LINE_INVESTIGATION,
                List.of("1.2"), List.of(), "Twice delivered.", List.of(), List.of(), "NO_BREACH", null,
                LocalDate.now());
        transactions.executeWithoutResult(status -> events.publishEvent(decided));
        entryOf(caseId);
        transactions.executeWithoutResult(status -> events.publishEvent(decided));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_publication"
                + " where completion_date is not null and serialized_event like ?").param("%" + caseId + "%")
                .query(Long.class).single() == 2);
        assertThat(jdbc.sql("select count(*) from caselaw_entry where case_id = ?").param(caseId).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFiltersByFactCodeSanctionOutcomeAndYear() throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        var result = mvc.perform(get("/caselaw").with(as("demo.discipline")).param("factCode", "3.9")
                .param("outcome", "LIGHT_SANCTION").param("sanction", "REPRIMAND")
                .param("year", String.valueOf(lastYear))).andExpect(status().isOk()).andReturn();
        var page = (Page<CaseLawEntry>) result.getModelAndView().getModel().get("page");
        assertThat(page.content()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.factCodes()).contains("3.9");
            assertThat(e.sanction()).isEqualTo("REPRIMAND");
            assertThat(e.outcome()).isEqualTo("LIGHT_SANCTION");
            assertThat(e.year()).isEqualTo(lastYear);
            assertThat(e.published()).isTrue();
        });
        var families = (Page<CaseLawEntry>) mvc.perform(get("/caselaw").with(as("demo.chief"))
                .param("riskFamily", "GOODS")).andReturn().getModelAndView().getModel().get("page");
        assertThat(families.content()).isNotEmpty().allSatisfy(e -> assertThat(e.riskFamilies()).contains("GOODS"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void similarRanksSharedFactCodesFirstAndLeavesOutTheCaseAtHand() throws Exception {
        UUID both = publishedEntry("demo", List.of("5.4", "5.5"), List.of("POWERS"), "Militia both codes.");
        UUID one = publishedEntry("demo", List.of("5.4"), List.of(), "Militia one code.");
        UUID family = publishedEntry("demo", List.of("6.1"), List.of("POWERS"), "Only the family.");
        UUID atHand = decide("demo", List.of("5.4", "5.5"), List.of("POWERS"), "The case at hand.", "WARNING");
        mvc.perform(post("/caselaw/" + entryOf(atHand) + "/publish").with(as("demo.ditlead")).with(csrf()));

        var result = mvc.perform(get("/caselaw/similar").with(as("demo.investigator"))
                .param("factCodes", "5.4,5.5").param("riskFamilies", "POWERS").param("exclude", atHand.toString()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("similar-cases"))).andReturn();
        var similar = (List<SimilarEntry>) result.getModelAndView().getModel().get("similar");
        var ids = similar.stream().map(s -> s.entry().id()).toList();
        assertThat(ids).contains(both, one, family).doesNotContain(entryOf(atHand));
        assertThat(ids.indexOf(both)).isLessThan(ids.indexOf(one));
        assertThat(ids.indexOf(one)).isLessThan(ids.indexOf(family));
        assertThat(similar.get(ids.indexOf(both)).score()).isEqualTo(5);

        mvc.perform(get("/caselaw/similar/page").with(as("demo.chief")).param("factCodes", "5.4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Militia one code.")));
    }

    /** Investigations name the company-resource families RESOURCES_*; case law keeps the policy taxonomy's names. */
    @Test
    @SuppressWarnings("unchecked")
    void aCaseWithTheInvestigationsFamilyNamesIsLabelledFoundAndComparedUnderThePolicyFamily() throws Exception {
        UUID entry = publishedEntry("demo", List.of("6.2"), List.of("RESOURCES_MONEY", "RELATIONS"),
                "Family names 9431 from an investigation.");
        assertThat(jdbc.sql("select array_to_string(risk_families, ',') from caselaw_entry where id = ?").param(entry)
                .query(String.class).single()).isEqualTo("MONEY,RELATIONS");
        mvc.perform(get("/caselaw/" + entry).with(as("demo.ditlead"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/caselaw").with(as("demo.investigator")).param("riskFamily", "MONEY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Family names 9431")))
                .andExpect(content().string(not(containsString("??"))));

        var result = mvc.perform(get("/caselaw/similar").with(as("demo.investigator"))
                .param("factCodes", "").param("riskFamilies", "RESOURCES_MONEY")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??")))).andReturn();
        var similar = (List<SimilarEntry>) result.getModelAndView().getModel().get("similar");
        assertThat(similar).extracting(s -> s.entry().id()).contains(entry);
    }

    @Test
    void consistencyViewChartsOutcomesAndSanctionsOfAFactCode() throws Exception {
        var result = mvc.perform(get("/caselaw/consistency").with(as("demo.ditlead")).param("factCode", "3.9"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("chart-sanction"))).andReturn();
        var distribution = (Distribution) result.getModelAndView().getModel().get("distribution");
        assertThat(distribution.total()).isGreaterThanOrEqualTo(3);
        assertThat(distribution.bySanction()).extracting(Distribution.Share::code).contains("REPRIMAND",
                "SALARY_DEDUCTION");
        assertThat(distribution.bySanction().stream().mapToInt(Distribution.Share::count).sum())
                .isEqualTo(distribution.total());
    }

    @Test
    void headOfOversightEntersAnOlderDecisionAndBadInputIsAFormError() throws Exception {
        mvc.perform(post("/caselaw/new").with(as("demo.ditlead")).with(csrf()).param("facts", "")
                .param("factCodes", "9.9").param("track", "DISCIPLINARY_PROCEDURE").param("outcome", "NO_BREACH")
                .param("year", "2019")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("caseLawForm", "facts"));
        mvc.perform(post("/caselaw/new").with(as("demo.ditlead")).with(csrf()).param("facts", "Older decision.")
                .param("factCodes", "9.9").param("track", "DISCIPLINARY_PROCEDURE").param("outcome", "NO_BREACH")
                .param("year", "2019")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("caseLawForm", "factCodes"));
        mvc.perform(post("/caselaw/new").with(as("demo.ditlead")).with(csrf()).param("facts", "Older decision 2019.")
                .param("factCodes", "3.2").param("track", "DISCIPLINARY_PROCEDURE").param("outcome", "HEAVY_SANCTION")
                .param("sanction", "DEMOTION").param("year", "2019")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/caselaw/new").with(as("demo.investigator")).with(csrf()).param("facts", "Not mine.")
                .param("factCodes", "3.2").param("track", "DISCIPLINARY_PROCEDURE").param("outcome", "NO_BREACH")
                .param("year", "2019")).andExpect(status().isForbidden());
    }

    @Test
    void officersAndOtherRolesDoNotReadCaseLaw() throws Exception {
        for (String user : List.of("demo.officer", "demo.care", "demo.customer", "demo.manager")) {
            for (MockHttpServletRequestBuilder request : List.of(get("/caselaw"), get("/caselaw/consistency"),
                    get("/caselaw/similar").param("factCodes", "3.9"), get("/caselaw/similar/page"))) {
                mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
            }
        }
        for (String user : List.of("demo.ditlead", "demo.investigator", "demo.discipline", "demo.chief",
                "demo.mayor")) {
            mvc.perform(get("/caselaw").with(as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/caselaw/new").with(as("demo.discipline"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherZoneSeesNothingOfThisOne() throws Exception {
        UUID demoEntry = publishedEntry("demo", List.of("4.4"), List.of("MONEY"), "Zone one interest 1234.");
        mvc.perform(get("/caselaw/" + demoEntry).with(as("demo2.investigator"))).andExpect(status().isNotFound());
        mvc.perform(get("/caselaw").with(as("demo2.investigator"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Zone one interest 1234."))))
                .andExpect(content().string(containsString("Un inspecteur a consulté")));
        mvc.perform(get("/caselaw/similar").with(as("demo2.investigator")).param("factCodes", "4.4"))
                .andExpect(content().string(not(containsString("Zone one interest 1234."))));
        mvc.perform(post("/caselaw/" + demoEntry + "/publish").with(as("demo2.chief")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
