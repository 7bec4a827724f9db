package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class RiskWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RiskRegister register;

    @Autowired
    Organisations organisations;

    @Test
    void listsTheRegisterFilteredByClassWithTheLegend() throws Exception {
        mvc.perform(get("/policy/risks").param("class", "B").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vervreemden geld")))
                .andExpect(content().string(not(containsString("Zwijgcultuur"))))
                .andExpect(content().string(containsString("Een grenswaarde hoort bij de lagere klasse")));
    }

    /** Row 6 was reassessed in the demo: its gross scales must still read 6 × 6 × 7 = 252, as in domain.md 7.1. */
    @Test
    void showsTheGrossAndNetScalesOfEveryGentRowInTheRegister() throws Exception {
        var rows = new HashMap<String, String>();
        for (var page = 0; page < 10; page++) {
            var html = mvc.perform(get("/policy/risks").param("page", String.valueOf(page))
                    .with(SignedIn.as("demo.chief"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            for (var row : html.split("<tr")) {
                var cells = row.split("<td");
                if (cells.length > 3) {
                    rows.put(text(cells[1]), text(cells[3]));
                }
            }
        }
        for (var expected : RiskRegisterIntegrationTests.gentTable()) {
            assertThat(rows.get(expected.title())).as(expected.title()).isEqualTo(expected.probability() + " × "
                    + expected.exposure() + " × " + expected.effect() + " = " + expected.score() + " "
                    + expected.riskClass());
        }
        mvc.perform(get("/policy/risks").param("q", "gegevensbanken").with(SignedIn.as("demo.chief")))
                .andExpect(content().string(containsString("3 × 6 × 7 =")));
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.substring(html.indexOf('>') + 1).replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ").strip();
    }

    @Test
    void createsARiskFromTheFormAndShowsItsClass() throws Exception {
        var result = mvc.perform(post("/policy/risks").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("title", "Webrisico drugsbewaring").param("family", "GOODS")
                .param("functions", "Drugsrechercheur\nBeheerder overtuigingsstukken").param("grossProbability",
                        "QUITE_POSSIBLE")
                .param("grossExposure", "WEEKLY_OR_OCCASIONAL").param("grossEffect", "EXPLOSIVE_IMPACT")
                .param("netProbability", "VERY_UNLIKELY"))
                .andExpect(status().is3xxRedirection()).andReturn();
        var location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Webrisico drugsbewaring")))
                .andExpect(content().string(containsString("720")))
                .andExpect(content().string(containsString("120")));
        var risk = register.all(demo()).stream().filter(r -> r.title().equals("Webrisico drugsbewaring"))
                .findFirst().orElseThrow();
        assertThat(risk.gross().riskClass()).isEqualTo(RiskClass.A);
        assertThat(risk.net().riskClass()).isEqualTo(RiskClass.C);
        assertThat(risk.functions()).containsExactly("Drugsrechercheur", "Beheerder overtuigingsstukken");
    }

    @Test
    void showsFieldErrorsOnAnIncompleteRisk() throws Exception {
        mvc.perform(post("/policy/risks").with(SignedIn.as("demo.coordinator")).with(csrf()).param("title", "")
                .param("grossProbability", "QUITE_POSSIBLE"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "title", "family", "grossExposure",
                        "grossEffect"));
    }

    @Test
    void reassessesARiskAsANewVersion() throws Exception {
        var risk = register.all(demo()).stream().filter(r -> r.title().equals("Zwijgcultuur")).findFirst()
                .orElseThrow();
        var before = register.find(demo(), risk.id()).history().size();
        mvc.perform(post("/policy/risks/" + risk.id() + "/assessments").with(SignedIn.as("demo.coordinator"))
                .with(csrf()).param("grossProbability", "UNUSUAL_BUT_POSSIBLE").param("grossExposure", "MONTHLY")
                .param("grossEffect", "VERY_SERIOUS").param("netProbability", "ONLY_LONG_TERM")
                .param("note", "Teamgesprekken"))
                .andExpect(status().is3xxRedirection());
        var details = register.find(demo(), risk.id());
        assertThat(details.history()).hasSize(before + 1);
        assertThat(details.summary().net().score()).isEqualByComparingTo("60");
        mvc.perform(post("/policy/risks/" + risk.id() + "/measures").with(SignedIn.as("demo.chief")).with(csrf())
                .param("description", "x")).andExpect(status().isForbidden());
    }

    @Test
    void drawsTheHeatMapAndTheVulnerabilityMatrix() throws Exception {
        mvc.perform(get("/policy/risks/matrix").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Drugsrechercheur")))
                .andExpect(content().string(containsString("Kwetsbaarheidsmatrix")))
                // 252 + 10.5 + 0.5 reads 263, not 263.0
                .andExpect(content().string(not(containsString(".0</td>"))));
        mvc.perform(get("/policy/risks/matrix").param("net", "true").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk());
    }

    @Test
    void recordsARiskAnalysisSession() throws Exception {
        mvc.perform(post("/policy/risks/sessions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("heldOn", "2025-09-23").param("participants", "Coaches, DIT, preventieadviseur")
                .param("sources", "COMPLAINTS", "WHISTLEBLOWING"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.sessions(demo())).anySatisfy(session -> {
            assertThat(session.heldOn()).hasToString("2025-09-23");
            assertThat(session.sources()).containsExactlyInAnyOrder(RiskSource.COMPLAINTS, RiskSource.WHISTLEBLOWING);
        });
        mvc.perform(post("/policy/risks/sessions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("heldOn", "").param("participants", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "heldOn", "participants"));
    }

    @Test
    void answersAnotherZonesRiskAsMissing() throws Exception {
        var risk = register.all(demo()).get(0).id();
        mvc.perform(get("/policy/risks/" + risk).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/policy/risks/" + risk + "/measures").with(SignedIn.as("demo2.coordinator")).with(csrf())
                .param("description", "Niet van jou")).andExpect(status().isNotFound());
        mvc.perform(get("/policy/risks").with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Zwijgcultuur"))))
                .andExpect(content().string(containsString("Harcèlement au travail")));
    }

    @Test
    void refusesRolesWithoutAccess() throws Exception {
        mvc.perform(get("/policy/risks").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/risks").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/risks/new").with(SignedIn.as("demo.chief"))).andExpect(status().isForbidden());
        mvc.perform(post("/policy/risks/import/gent").with(SignedIn.as("demo.chief")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
