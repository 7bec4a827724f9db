package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class IntegrityFrameworkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrityFramework framework;

    @Autowired
    ActionPlan plan;

    @Autowired
    Organisations organisations;

    @Test
    void importsTheImfExamplesOnceNotYetAssessed() {
        var zone = newZone();
        assertThat(framework.importImfTemplate(zone)).isEqualTo(21);
        assertThat(framework.importImfTemplate(zone)).isZero();
        var elements = framework.elements(zone);
        assertThat(elements).filteredOn(e -> e.function() == ImfFunction.DEFINE)
                .extracting(FrameworkElement::name)
                .containsExactlyInAnyOrder("Deontologische code", "Tuchtstatuut", "Nota gebruik middelen");
        assertThat(elements).allMatch(e -> e.state() == FrameworkState.NOT_ASSESSED && e.pillar() == null && e.gap());
        assertThat(elements).filteredOn(e -> e.name().startsWith("Klachtenpunt"))
                .extracting(FrameworkElement::module).containsExactly(SupportingModule.COMPLAINTS);
    }

    @Test
    void placesAnElementAndLinksItToItsActions() {
        var zone = newZone();
        plan.importGentTemplate(zone);
        var element = framework.add(zone, new FrameworkElementChange("Integriteitscoaches", ImfFunction.GUIDE,
                ImfPillar.STRUCTURE, HouseElement.EMPOWER, "IC", FrameworkState.IN_PLACE, null, "Acht coaches"));
        var a1 = plan.actions(zone, ActionDomain.POINTS_OF_ATTENTION, null).get(0).id();
        framework.linkAction(zone, element, a1);
        framework.linkAction(zone, element, a1);
        var found = framework.find(zone, element);
        assertThat(found.gap()).isFalse();
        assertThat(found.actions()).extracting(PlanAction::code).containsExactly("A1");
        framework.unlinkAction(zone, element, a1);
        assertThat(framework.find(zone, element).actions()).isEmpty();
        assertThatThrownBy(() -> framework.add(zone, new FrameworkElementChange(" ", ImfFunction.GUIDE, null, null,
                "", FrameworkState.ABSENT, null, ""))).isInstanceOf(InvalidInputException.class);

        var demo = organisations.findByCode("demo").orElseThrow().id();
        assertThatThrownBy(() -> framework.find(demo, element)).isInstanceOf(RecordNotFoundException.class);
        var demoAction = plan.actions(demo, null, null).get(0).id();
        assertThatThrownBy(() -> framework.linkAction(zone, element, demoAction))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> framework.change(demo, element, new FrameworkElementChange("Overgenomen",
                ImfFunction.GUIDE, null, null, "", FrameworkState.ABSENT, null, "")))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void showsTheMapWithItsGapsToReadersAndKeepsChangesToTheCoordinator() throws Exception {
        var created = mvc.perform(post("/policy/framework").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("name", "Meldpunt vangnet").param("function", "MONITOR").param("pillar", "STRUCTURE")
                .param("houseElement", "LIMIT").param("owner", "").param("state", "ABSENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/policy/framework").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Meldpunt vangnet")))
                .andExpect(content().string(containsString("imf-MONITOR")))
                .andExpect(content().string(containsString("house-LIMIT")));
        mvc.perform(get(created).with(SignedIn.as("demo.chief"))).andExpect(status().isOk());
        mvc.perform(post(created).with(SignedIn.as("demo.chief")).with(csrf()).param("name", "x")
                .param("function", "MONITOR").param("state", "IN_PLACE")).andExpect(status().isForbidden());
        mvc.perform(post("/policy/framework").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("name", "Iets").param("function", "NONSENSE").param("state", "ABSENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(created).with(SignedIn.as("demo2.coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/policy/framework").with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Meldpunt vangnet"))));
        mvc.perform(get("/policy/framework").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/framework").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/framework/export").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Meldpunt vangnet")));
    }

    private OrganisationId newZone() {
        return organisations.create(new NewOrganisation("pz" + UUID.randomUUID().toString().substring(0, 6),
                "PZ Kader", OrganisationKind.LOCAL_ZONE, null, Locale.forLanguageTag("nl"))).id();
    }
}
