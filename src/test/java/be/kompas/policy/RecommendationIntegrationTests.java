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

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class RecommendationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Recommendations recommendations;

    @Autowired
    Organisations organisations;

    @Test
    void importsTheAigProposalsWithTheirStatusOnce() {
        var zone = newZone("PZ Import");
        assertThat(recommendations.importAig(zone)).isEqualTo(18 + 25);
        assertThat(recommendations.importAig(zone)).isZero();
        var ongoing = recommendations.search(zone, RecommendationSource.AIG, RecommendationStatus.ONGOING,
                PageRequest.of(0, 50));
        assertThat(ongoing.content()).extracting(Recommendation::text).containsExactly("Re-evaluate KLFP");
        assertThat(recommendations.search(zone, null, RecommendationStatus.NOT_STRUCTURALLY_REALISED,
                PageRequest.of(0, 50)).content()).extracting(Recommendation::text)
                .containsExactlyInAnyOrder("Structural consultation", "Resilience");
        assertThat(recommendations.search(zone, null, RecommendationStatus.NOT_REALISED_BUT, PageRequest.of(0, 50))
                .total()).isEqualTo(2);
        assertThat(recommendations.search(zone, null, RecommendationStatus.OPEN, PageRequest.of(0, 50)).total())
                .isEqualTo(25 + 1);
    }

    @Test
    void recordsARecommendationWithFieldErrorsFirst() throws Exception {
        mvc.perform(post("/policy/recommendations").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("source", "GREVIO").param("text", "")).andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "text", "issuedOn"));
        mvc.perform(post("/policy/recommendations").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("source", "GREVIO").param("issuedOn", "2025-02-01").param("reference", "GREVIO 2025")
                .param("text", "Opleiding over partnergeweld").param("owner", "DHR").param("dueDate", "2025-12-31")
                .param("status", "ONGOING")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policy/recommendations").param("source", "GREVIO").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Opleiding over partnergeweld")));
    }

    @Test
    void countsTheFollowUpPerZoneForTheAnalystOnly() throws Exception {
        var zone = newZone("PZ Opvolging");
        for (int i = 0; i < 6; i++) {
            recommendations.add(zone, new RecommendationChange(RecommendationSource.COMITE_P, "R" + i,
                    LocalDate.of(2024, 1, 1), "Aanbeveling " + i, "", "", LocalDate.of(2024, 6, 30),
                    i < 5 ? RecommendationStatus.IMPLEMENTED : RecommendationStatus.OPEN, ""));
        }
        assertThat(recommendations.nationalFollowUp()).contains(new ZoneFollowUp("PZ Opvolging", 5, 1, 1));
        mvc.perform(get("/policy/national").with(SignedIn.as("aig.analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PZ Opvolging")))
                .andExpect(content().string(not(containsString("Aanbeveling 5"))));
        mvc.perform(get("/policy/recommendations").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void answersAnotherZonesRecommendationAsMissing() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var id = recommendations.search(demo, null, null, PageRequest.of(0, 1)).content().get(0).id();
        mvc.perform(get("/policy/recommendations/" + id).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/policy/recommendations/" + id).with(SignedIn.as("demo2.coordinator")).with(csrf())
                .param("source", "AIG").param("issuedOn", "2020-10-01").param("text", "x").param("status", "OPEN"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/policy/recommendations").with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Re-evaluate KLFP"))));
        mvc.perform(get("/policy/recommendations").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }

    private OrganisationId newZone(String name) {
        var code = "z" + UUID.randomUUID().toString().substring(0, 8);
        return organisations.create(new NewOrganisation(code, name, OrganisationKind.LOCAL_ZONE, null,
                Locale.forLanguageTag("nl"))).id();
    }
}
