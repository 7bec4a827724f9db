package be.kompas.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.identity.internal.SignedIn;
import be.kompas.policy.RiskSource;
import be.kompas.policy.RiskSourceFigures;
import be.kompas.tenancy.Organisations;

/** The Advice Point's figures per category reach the risk-analysis session page of the policy module. */
@KompasIntegrationTest
class AdviceRiskFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    java.util.List<RiskSourceFigures> contributors;

    @Autowired
    Organisations organisations;

    @Autowired
    Clock clock;

    @Test
    void countsReportsPerCategoryForTheRiskAnalysisWithoutContent() throws Exception {
        var source = contributors.stream().filter(c -> c.source() == RiskSource.ADVICE_POINT).findFirst().orElseThrow();
        var demo = organisations.findByCode("demo").orElseThrow().id();
        var demo2 = organisations.findByCode("demo2").orElseThrow().id();
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        var otherZoneBefore = source.figures(demo2, year, Locale.ENGLISH);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/public/advice/demo").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"QUESTION\",\"category\":\"private-life\",\"text\":\"Risk source text\","
                            + "\"name\":\"risk-" + UUID.randomUUID() + "\",\"passphrase\":\"a long passphrase\"}"))
                    .andExpect(status().isCreated());
        }
        var figure = source.figures(demo, year, Locale.ENGLISH).stream()
                .filter(f -> f.label().equals("Private life and social media")).findFirst().orElseThrow();
        assertThat(figure.count()).isNotNull().isGreaterThanOrEqualTo(5);
        assertThat(source.figures(demo2, year, Locale.ENGLISH)).isEqualTo(otherZoneBefore);
        assertThat(RiskSourceFigures.Figure.of("x", 3).shown()).isEqualTo("<5");
        assertThat(RiskSourceFigures.Figure.of("x", 0).shown()).isEqualTo("0");

        mvc.perform(get("/policy/risks/sessions").param("lang", "en").with(SignedIn.as("demo.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Figures from the sources")))
                .andExpect(content().string(containsString("Private life and social media")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Risk source text"))));
    }
}
