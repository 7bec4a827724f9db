package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class ActionPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionPlan plan;

    @Autowired
    Organisations organisations;

    @Test
    void holdsEveryActionOfTheGentPlanInOrder() {
        var codes = plan.actions(demo(), null, null).stream().map(PlanAction::code).toList();
        assertThat(codes).startsWith("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "S1")
                .contains("O9", "H13", "C4").endsWith("A1", "A2", "A3");
        assertThat(plan.actions(demo(), ActionDomain.POLICY, ActionStatus.NOT_IN_SCOPE)).extracting(PlanAction::code)
                .containsExactly("B6", "B7", "B8");
        assertThat(plan.actions(demo(), ActionDomain.POINTS_OF_ATTENTION, null)).filteredOn(PlanAction::ownerUnknown)
                .extracting(PlanAction::code).containsExactly("A1", "A2");
    }

    @Test
    void showsThePlanWithUnknownOwners() throws Exception {
        mvc.perform(get("/policy/actions").param("domain", "POINTS_OF_ATTENTION").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("onbekend")))
                .andExpect(content().string(containsString("Familie en vrienden")))
                .andExpect(content().string(not(containsString("Intranetpagina"))));
    }

    @Test
    void addsAnActionWithFieldErrorsFirst() throws Exception {
        mvc.perform(post("/policy/actions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("domain", "TRAINING").param("code", "O43").param("title", "").param("status", "PLANNED"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "title"));
        mvc.perform(post("/policy/actions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("domain", "TRAINING").param("code", "B99").param("title", "Verkeerde letter")
                .param("status", "PLANNED").param("plannedQuarter", "volgend jaar"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "code", "plannedQuarter"));
        mvc.perform(post("/policy/actions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("domain", "TRAINING").param("code", "O1").param("title", "Dubbel").param("status", "PLANNED"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "code"));
        mvc.perform(post("/policy/actions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("domain", "TRAINING").param("code", "O42").param("title", "Dilemmatraining leidinggevenden")
                .param("status", "PLANNED").param("plannedQuarter", "2027-Q2").param("indicator", "80% gevolgd"))
                .andExpect(status().is3xxRedirection());
        assertThat(plan.actions(demo(), ActionDomain.TRAINING, null)).anySatisfy(action -> {
            assertThat(action.code()).isEqualTo("O42");
            assertThat(action.plannedQuarter()).isEqualTo("2027-Q2");
        });
    }

    @Test
    void marksActionsPastTheirDueDateOverdueAndListsThem() throws Exception {
        var action = plan.find(demo(), plan.add(demo(), new ActionChange(ActionDomain.COMMUNICATION, "C77",
                "Nieuwsbrief integriteit", "SO1", "IC", "DCO", "", LocalDate.of(2025, 1, 31),
                ActionStatus.IN_PROGRESS, "", "")));
        var done = plan.add(demo(), new ActionChange(ActionDomain.COMMUNICATION, "C78", "Affiche", "", "IC", "", "",
                LocalDate.of(2025, 1, 31), ActionStatus.DONE, "", ""));
        assertThat(plan.markOverdue(LocalDate.of(2025, 2, 1))).isPositive();
        assertThat(plan.find(demo(), action.id()).status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(plan.find(demo(), done).status()).isEqualTo(ActionStatus.DONE);
        mvc.perform(get("/policy/actions/overdue").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuwsbrief integriteit")))
                .andExpect(content().string(not(containsString("Affiche"))));
    }

    @Test
    void marksActionsPastTheirPlannedQuarterOrYearOverdue() {
        var organisation = demo();
        var lastQuarter = plan.add(organisation, new ActionChange(ActionDomain.COMMUNICATION, "C81",
                "Intranetpagina vernieuwen", "", "IC", "", "2024-Q4", null, ActionStatus.PLANNED, "", ""));
        var lastYear = plan.add(organisation, new ActionChange(ActionDomain.COMMUNICATION, "C82",
                "Communicatieplan", "", "IC", "", "2024", null, ActionStatus.IN_PROGRESS, "", ""));
        var thisQuarter = plan.add(organisation, new ActionChange(ActionDomain.COMMUNICATION, "C83",
                "Preventieboodschap", "", "IC", "", "2025-Q1", null, ActionStatus.PLANNED, "", ""));
        plan.markOverdue(LocalDate.of(2025, 1, 1));
        assertThat(plan.find(organisation, lastQuarter).status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(plan.find(organisation, lastYear).status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(plan.find(organisation, thisQuarter).status()).isEqualTo(ActionStatus.PLANNED);
        plan.markOverdue(LocalDate.of(2025, 3, 31));
        assertThat(plan.find(organisation, thisQuarter).status()).isEqualTo(ActionStatus.PLANNED);
        plan.markOverdue(LocalDate.of(2025, 4, 1));
        assertThat(plan.find(organisation, thisQuarter).status()).isEqualTo(ActionStatus.OVERDUE);
    }

    @Test
    void keepsEachZonesOwnObjectivesWithOperationalOnesUnderTheirStrategicObjective() throws Exception {
        var zone = organisations.create(new NewOrganisation("ob" + UUID.randomUUID().toString().substring(0, 6),
                "PZ Doel", OrganisationKind.LOCAL_ZONE, null, Locale.forLanguageTag("nl"))).id();
        assertThat(plan.objectives(zone)).isEmpty();
        plan.importGentTemplate(zone);
        plan.importGentTemplate(zone);
        assertThat(plan.objectives(zone)).extracting(Objective::code).containsExactly("SO1", "SO2", "SO3");
        plan.saveObjective(zone, new Objective("oo1", Objective.Kind.OPERATIONAL, "so2", " Jaarlijkse RAI "));
        assertThat(plan.objectives(zone)).extracting(Objective::code).containsExactly("SO1", "SO2", "OO1", "SO3");
        assertThat(plan.objectives(zone)).contains(
                new Objective("OO1", Objective.Kind.OPERATIONAL, "SO2", "Jaarlijkse RAI"));
        assertThatThrownBy(() -> plan.saveObjective(zone, new Objective("OO2", Objective.Kind.OPERATIONAL, "SO9",
                "x"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("parent"));
        assertThatThrownBy(() -> plan.saveObjective(zone, new Objective("1", Objective.Kind.STRATEGIC, "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("code", "text"));

        mvc.perform(post("/policy/actions/objectives").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("code", "OO7").param("kind", "OPERATIONAL").param("parent", "SO3")
                .param("text", "Elk team voert jaarlijks een dilemmagesprek."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "policy.objective.saved"));
        mvc.perform(get("/policy/actions").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Elk team voert jaarlijks een dilemmagesprek.")))
                .andExpect(content().string(containsString("dient SO3")));
        mvc.perform(get("/policy/actions").with(SignedIn.as("demo2.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("OS1")))
                .andExpect(content().string(not(containsString("dilemmagesprek"))))
                .andExpect(content().string(not(containsString("burgers en overheden"))));
        mvc.perform(post("/policy/actions/objectives").with(SignedIn.as("demo.chief")).with(csrf())
                .param("code", "SO9").param("text", "x")).andExpect(status().isForbidden());
    }

    @Test
    void keepsProgressNotesAndEvaluation() throws Exception {
        var b4 = plan.actions(demo(), ActionDomain.POLICY, null).stream().filter(a -> a.code().equals("B4"))
                .findFirst().orElseThrow();
        mvc.perform(post("/policy/actions/" + b4.id() + "/notes").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("text", "Voorgelegd aan het directiecomité")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/policy/actions/" + b4.id()).with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Voorgelegd aan het directiecomité")));
    }

    @Test
    void answersAnotherZonesActionAsMissingAndRefusesOthers() throws Exception {
        var action = plan.actions(demo(), null, null).get(0).id();
        mvc.perform(get("/policy/actions/" + action).with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/policy/actions/" + action + "/notes").with(SignedIn.as("demo2.coordinator")).with(csrf())
                .param("text", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/policy/actions").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/actions").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(post("/policy/actions/import/gent").with(SignedIn.as("demo.chief")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
