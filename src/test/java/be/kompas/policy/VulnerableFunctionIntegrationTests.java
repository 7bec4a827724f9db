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

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.people.JobFunction;
import be.kompas.people.JobFunctions;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberSummary;
import be.kompas.people.StaffQuery;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class VulnerableFunctionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VulnerableFunctions functions;

    @Autowired
    JobFunctions jobFunctions;

    @Autowired
    Organisations organisations;

    @Autowired
    RiskRegister register;

    @Autowired
    StaffDirectory staff;

    @Test
    void recordsAFunctionScoresItFromTheRegisterAndMarksTheJobFunction() throws Exception {
        var name = "Kasbeheerder " + UUID.randomUUID().toString().substring(0, 6);
        jobFunctions.create(demo(), name, false);
        var gross = new Scores(Probability.QUITE_POSSIBLE, Exposure.DAILY, Effect.CONSIDERABLE);
        var net = new Scores(Probability.UNUSUAL_BUT_POSSIBLE, Exposure.DAILY, Effect.CONSIDERABLE);
        register.add(demo(), new NewRisk("Kasverschillen " + name, "", RiskFamily.MONEY, List.of(name), List.of(),
                gross, net));
        register.add(demo(), new NewRisk("Valse onkosten " + name, "", RiskFamily.MONEY, List.of(name), List.of(),
                net, net));
        mvc.perform(post("/policy/vulnerable-functions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("functionName", name).param("areas", "FINANCE", "COLLECTING")
                .param("circumstances", "PROBLEM_HISTORY").param("screeningMonths", "36").param("fourEyes", "true"))
                .andExpect(status().is3xxRedirection());
        var function = functions.byName(demo(), name).orElseThrow();
        assertThat(function.screeningMonths()).isEqualTo(36);
        assertThat(function.fourEyes()).isTrue();
        assertThat(function.rotation()).isFalse();
        assertThat(function.areas()).containsExactlyInAnyOrder(VulnerableArea.FINANCE, VulnerableArea.COLLECTING);
        assertThat(function.grossVulnerability()).isEqualByComparingTo("378");
        assertThat(function.netVulnerability()).isEqualByComparingTo("252");
        assertThat(jobFunctions.all(demo())).filteredOn(f -> f.name().equals(name))
                .extracting(JobFunction::vulnerable).containsExactly(true);
        mvc.perform(get("/policy/vulnerable-functions").with(SignedIn.as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("screening om de 36 maanden")));
    }

    @Test
    void showsTheStaffInServiceInEachFunctionFromThePeopleModule() throws Exception {
        var holders = functions.holders(demo());
        assertThat(holders.get("Drugsrechercheur")).isNotEmpty().allSatisfy(member -> {
            assertThat(member.functionName()).isEqualTo("Drugsrechercheur");
            assertThat(member.inService()).isTrue();
        });
        var inService = staff.search(demo(), new StaffQuery("", null, null, true), PageRequest.of(0, 200)).content()
                .stream().filter(member -> "Aankoper".equals(member.functionName()))
                .filter(StaffMemberSummary::inService).toList();
        assertThat(holders.get("Aankoper")).containsExactlyInAnyOrderElementsOf(inService);
        var drugs = functions.byName(demo(), "Drugsrechercheur").orElseThrow();
        var first = holders.get("Drugsrechercheur").get(0);
        mvc.perform(get("/policy/vulnerable-functions").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"holders-" + drugs.id() + "\"")))
                .andExpect(content().string(containsString(holders.get("Drugsrechercheur").size() + " personeel")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(first.fullName() + " (" + first.personnelNumber()))));
        assertThat(functions.holders(organisations.findByCode("demo2").orElseThrow().id()))
                .doesNotContainKey("Drugsrechercheur");
    }

    @Test
    void refusesAnImpossibleScreeningFrequency() throws Exception {
        mvc.perform(post("/policy/vulnerable-functions").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("functionName", "").param("screeningMonths", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "functionName", "screeningMonths"));
    }

    @Test
    void keepsTheInventoryToItsZoneAndRole() throws Exception {
        var id = functions.byName(demo(), "Drugsrechercheur").orElseThrow().id();
        mvc.perform(get("/policy/vulnerable-functions").param("edit", id.toString())
                .with(SignedIn.as("demo2.coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/policy/vulnerable-functions").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Drugsrechercheur"))));
        mvc.perform(get("/policy/vulnerable-functions").with(SignedIn.as("demo.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policy/vulnerable-functions").with(SignedIn.as("demo.chief")).with(csrf())
                .param("functionName", "Aankoper")).andExpect(status().isForbidden());
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }
}
