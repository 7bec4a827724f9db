package be.kompas.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.identity.internal.SignedIn;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class CalendarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Organisations organisations;

    @Test
    void coordinatorAddsAndRemovesADayOffThatDeadlinesThenSkip() throws Exception {
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        // Friday 2 October 2026, a working day until the zone takes it off.
        LocalDate thursday = LocalDate.of(2026, 10, 1);
        assertThat(workingDays.addWorkingDays(demo, thursday, 1)).isEqualTo(LocalDate.of(2026, 10, 2));

        mvc.perform(post("/calendar").param("date", "2026-10-02").param("label", "Stadsfeest")
                .with(SignedIn.as("demo.coordinator")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar").with(SignedIn.as("demo.coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Stadsfeest")));
        assertThat(workingDays.addWorkingDays(demo, thursday, 1)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(workingDays.addWorkingDays(demo2, thursday, 1)).isEqualTo(LocalDate.of(2026, 10, 2));

        mvc.perform(post("/calendar/remove").param("date", "2026-10-02").with(SignedIn.as("demo.coordinator"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(workingDays.addWorkingDays(demo, thursday, 1)).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void refusesAHolidayAsDayOffAndOtherRoles() throws Exception {
        mvc.perform(post("/calendar").param("date", "2026-12-25").param("label", "Kerstmis")
                .with(SignedIn.as("demo.admin")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("has-error")));
        mvc.perform(get("/calendar").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }
}
