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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class AnnualPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AnnualPlan plan;

    @Autowired
    Organisations organisations;

    @Test
    void plansActivitiesByHouseElementWithTheirProjectCard() throws Exception {
        mvc.perform(post("/policy/annual-plan/2019").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("element", "ETHICAL_CLIMATE").param("activity", "Klimaatonderzoek").param("timing", "Q4 2019")
                .param("status", "DONE").param("how", "Enquête bij alle medewerkers").param("needWho", "VIK")
                .param("needWhat", "Budget")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/policy/annual-plan/2019").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("element", "LIMIT").param("activity", "").param("status", "PLANNED"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "activity"));
        var demo = organisations.findByCode("demo").orElseThrow().id();
        assertThat(plan.items(demo, 2019)).singleElement().satisfies(item -> {
            assertThat(item.element()).isEqualTo(HouseElement.ETHICAL_CLIMATE);
            assertThat(item.needWhat()).isEqualTo("Budget");
        });
        mvc.perform(get("/policy/annual-plan").param("year", "2019").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ethisch klimaat")))
                .andExpect(content().string(containsString("Enquête bij alle medewerkers")));
        mvc.perform(get("/policy/annual-plan").param("year", "2019").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Klimaatonderzoek"))));
        mvc.perform(get("/policy/annual-plan").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }
}
