package be.kompas.registers;

import static be.kompas.identity.internal.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;

/** The statistics and exports of the registers that lacked them: ancillary activities and screenings. */
@KompasIntegrationTest
class RegisterStatisticsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theCompetentAuthoritySeesAncillaryStatistics() throws Exception {
        mvc.perform(get("/registers/ancillary/statistics").with(as("demo.chief"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("stats-total")));
        mvc.perform(get("/registers/ancillary/statistics").with(as("demo.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrSeesScreeningStatisticsAndExportsThem() throws Exception {
        mvc.perform(get("/registers/screenings/statistics").with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("stats-total")));
        mvc.perform(get("/registers/screenings/export").param("year", String.valueOf(LocalDate.now().getYear()))
                .with(as("demo.care"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
        mvc.perform(get("/registers/screenings/statistics").with(as("demo.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registers/screenings/export").param("year", "2026").with(as("demo2.chief")))
                .andExpect(status().isForbidden());
    }
}
