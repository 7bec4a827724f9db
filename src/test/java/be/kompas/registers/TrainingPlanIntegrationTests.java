package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

/** The training plan (action O2): the training service sets which course is mandatory for which function. */
@KompasIntegrationTest
class TrainingPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theTrainingServiceMakesACourseMandatoryForAFunctionAndItsHoldersBecomeDue() throws Exception {
        mvc.perform(get("/registers/training/plan").with(as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("course-form")))
                .andExpect(content().string(containsString("O3")));
        mvc.perform(post("/registers/training/plan").with(as("demo.coordinator")).with(csrf()).param("code", "WIJK1")
                .param("name", "Integriteit in de wijk").param("mandatoryFunctions", "Wijkinspecteur")
                .param("renewalMonths", "24").param("active", "true")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "registers.plan.saved"));
        mvc.perform(get("/registers/training/plan").param("code", "WIJK1").with(as("demo.coordinator")))
                .andExpect(content().string(containsString("Integriteit in de wijk")));
        mvc.perform(get("/registers/training").with(as("demo.care")))
                .andExpect(content().string(containsString("WIJK1 Integriteit in de wijk")));
    }

    @Test
    void refusesABadCourseAndStaffWithoutThePermission() throws Exception {
        var result = mvc.perform(post("/registers/training/plan").with(as("demo.coordinator")).with(csrf())
                .param("code", "bad code").param("name", " ").param("mandatoryFunctions", "Astronaut")
                .param("renewalMonths", "500")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "registers.plan.invalid")).andReturn();
        @SuppressWarnings("unchecked")
        var problems = (Map<String, String>) result.getFlashMap().get("problems");
        assertThat(problems).containsKeys("code", "name", "renewalMonths", "mandatoryFunctions");
        mvc.perform(get("/registers/training/plan").with(as("demo.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/registers/training/plan").with(as("demo.officer")).with(csrf()).param("code", "X1")
                .param("name", "X")).andExpect(status().isForbidden());
    }
}
