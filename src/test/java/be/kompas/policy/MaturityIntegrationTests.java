package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
class MaturityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Maturity maturity;

    @Autowired
    Organisations organisations;

    @Test
    void importsTheGentScoresAsTheBaselineOf2023() {
        var zone = newZone();
        maturity.importGentBaseline(zone);
        var assessment = maturity.assessment(zone, 2023);
        var levels = new java.util.EnumMap<MaturityTopic, Integer>(MaturityTopic.class);
        assessment.scores().forEach((topic, score) -> levels.put(topic, score.level()));
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(MaturityTopic.VISION, 4),
                Map.entry(MaturityTopic.RISK_ANALYSIS, 2), Map.entry(MaturityTopic.QUESTIONNAIRE, 0),
                Map.entry(MaturityTopic.VULNERABLE_FUNCTIONS, 3), Map.entry(MaturityTopic.COMMITMENT, 4),
                Map.entry(MaturityTopic.MISSION_VISION_VALUES, 5), Map.entry(MaturityTopic.CODES_OF_CONDUCT, 5),
                Map.entry(MaturityTopic.STRUCTURES, 4), Map.entry(MaturityTopic.PROCESSES, 3),
                Map.entry(MaturityTopic.STAFF_AND_CULTURE, 3), Map.entry(MaturityTopic.ENFORCEMENT, 4),
                Map.entry(MaturityTopic.EVALUATION_AND_REPORTING, 3)));
        assertThat(assessment.items()).hasSize(CultureItem.values().length)
                .containsEntry(CultureItem.TEAM_MEETINGS, CultureItem.Answer.AD_HOC)
                .containsEntry(CultureItem.EXIT_INTERVIEWS, CultureItem.Answer.NO)
                .containsEntry(CultureItem.DILEMMA_TRAINING, CultureItem.Answer.YES);
        assertThat(maturity.years(zone)).containsExactly(2023);
    }

    @Test
    void refusesALevelOffTheMatrix() {
        var zone = newZone();
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> maturity.record(zone, 2025,
                        List.of(new MaturityScore(MaturityTopic.VISION, 6, "")), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("VISION"));
    }

    @Test
    void drawsTheRadarAgainstThePreviousYearAndSavesTheForm() throws Exception {
        mvc.perform(get("/policy/maturity").param("year", "2024").with(SignedIn.as("demo.chief")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<polygon")))
                .andExpect(content().string(containsString("stroke-dasharray")))
                .andExpect(content().string(containsString("Eerste RAI op 24/09/2024")))
                .andExpect(content().string(containsString("<title>Maturiteitsmeting 2024</title>")));
        mvc.perform(post("/policy/maturity/2026").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("levels[VISION]", "5").param("evidence[VISION]", "Visietekst 2026")
                .param("items[EXIT_INTERVIEWS]", "YES"))
                .andExpect(status().is3xxRedirection());
        var assessment = maturity.assessment(demo(), 2026);
        assertThat(assessment.score(MaturityTopic.VISION)).hasValueSatisfying(score -> {
            assertThat(score.level()).isEqualTo(5);
            assertThat(score.evidence()).isEqualTo("Visietekst 2026");
        });
        assertThat(assessment.items()).containsEntry(CultureItem.EXIT_INTERVIEWS, CultureItem.Answer.YES);
        mvc.perform(post("/policy/maturity/2026").with(SignedIn.as("demo.coordinator")).with(csrf())
                .param("levels[VISION]", "9")).andExpect(status().isBadRequest());
        mvc.perform(post("/policy/maturity/2026").with(SignedIn.as("demo.chief")).with(csrf())
                .param("levels[VISION]", "1")).andExpect(status().isForbidden());
    }

    @Test
    void showsTheNationalDistributionOnlyFromFiveZones() throws Exception {
        var year = 2040;
        for (var level : List.of(1, 2, 2, 3, 5)) {
            maturity.record(newZone(), year, List.of(new MaturityScore(MaturityTopic.VISION, level, "")), Map.of());
        }
        for (var level : List.of(1, 4, 4, 4)) {
            maturity.record(newZone(), year, List.of(new MaturityScore(MaturityTopic.PROCESSES, level, "")),
                    Map.of());
        }
        var distribution = maturity.nationalDistribution(year);
        assertThat(distribution).filteredOn(d -> d.topic() == MaturityTopic.VISION).singleElement()
                .satisfies(d -> assertThat(d.perLevel()).containsExactly(0, 1, 2, 1, 0, 1));
        assertThat(distribution).filteredOn(d -> d.topic() == MaturityTopic.PROCESSES).singleElement()
                .satisfies(d -> assertThat(d.shown()).isFalse());
        mvc.perform(get("/policy/national").param("year", "" + year).with(SignedIn.as("aig.analyst")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("minder dan 5 zones")))
                .andExpect(content().string(containsString("<td>2</td>")));
    }

    @Test
    void keepsEachZoneToItsOwnAssessmentAndTheAnalystToAggregates() throws Exception {
        mvc.perform(get("/policy/maturity").param("year", "2024").with(SignedIn.as("demo2.coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Eerste RAI"))))
                .andExpect(content().string(containsString("Vision en cours de rédaction")));
        mvc.perform(get("/policy/maturity").with(SignedIn.as("aig.analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/national").with(SignedIn.as("demo.coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/policy/maturity").with(SignedIn.as("demo.officer"))).andExpect(status().isForbidden());
    }

    private OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }

    private OrganisationId newZone() {
        var code = "z" + UUID.randomUUID().toString().substring(0, 8);
        return organisations.create(new NewOrganisation(code, "PZ " + code, OrganisationKind.LOCAL_ZONE, null,
                Locale.forLanguageTag("nl"))).id();
    }
}
