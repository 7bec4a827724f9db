package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.PageRequest;
import be.kompas.core.RecordNotFoundException;
import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

@KompasIntegrationTest
class RiskRegisterIntegrationTests {

    @Autowired
    RiskRegister register;

    @Autowired
    ActionPlan plan;

    @Autowired
    Organisations organisations;

    @Test
    void importsTheGentTableWithEveryScoreAndClassOnce() throws IOException {
        var organisation = newZone();
        assertThat(register.importGentTemplate(organisation)).isEqualTo(27);
        assertThat(register.importGentTemplate(organisation)).isZero();
        var risks = register.all(organisation);
        assertThat(risks).hasSize(27);
        for (var expected : gentTable()) {
            var risk = risks.stream().filter(candidate -> candidate.title().equals(expected.title())).findFirst()
                    .orElseThrow();
            assertThat(risk.gross().score()).as(expected.title()).isEqualByComparingTo(expected.score());
            assertThat(risk.gross().riskClass()).as(expected.title()).isEqualTo(expected.riskClass());
            assertThat(risk.net()).isEqualTo(risk.gross());
        }
    }

    @Test
    void keepsEveryReassessmentAsANewVersion() {
        var organisation = newZone();
        var scores = new Scores(Probability.QUITE_POSSIBLE, Exposure.DAILY, Effect.CONSIDERABLE);
        var id = register.add(organisation, new NewRisk("Lekken van informatie", "", RiskFamily.INFORMATION,
                List.of("Rechercheur"), List.of("LRD"), scores, scores));
        var lower = new Scores(Probability.UNUSUAL_BUT_POSSIBLE, Exposure.DAILY, Effect.CONSIDERABLE);
        register.addMeasure(organisation, id, "Logging", "DIT");
        register.reassess(organisation, id, scores, lower, "Logging in place");
        var details = register.find(organisation, id);
        assertThat(details.history()).hasSize(2);
        assertThat(details.history().get(0).net().score()).isEqualByComparingTo("126");
        assertThat(details.history().get(1).net().score()).isEqualByComparingTo("252");
        assertThat(details.summary().net().riskClass()).isEqualTo(RiskClass.C);
        assertThat(details.summary().gross().riskClass()).isEqualTo(RiskClass.B);
        assertThat(details.measures()).extracting(ControlMeasure::description).containsExactly("Logging");
    }

    @Test
    void filtersTheRegisterByClassAndLinksActions() {
        var organisation = newZone();
        register.importGentTemplate(organisation);
        plan.importGentTemplate(organisation);
        var classB = register.search(organisation, new RiskQuery(RiskClass.B, null), PageRequest.of(0, 50));
        assertThat(classB.content()).extracting(RiskSummary::title).containsExactly(
                "Onrechtmatige consultatie gegevensbanken",
                "Vervreemden geld (inbeslaggenomen, gevonden, verkeersboetes zonder Belgisch adres)");
        var risk = classB.content().get(0).id();
        var action = plan.actions(organisation, ActionDomain.ENFORCEMENT, null).get(0);
        register.linkAction(organisation, risk, action.id());
        assertThat(register.find(organisation, risk).actions()).extracting(PlanAction::code).containsExactly("H1");
    }

    @Test
    void answersAnotherOrganisationsRiskAsMissing() {
        var mine = newZone();
        var other = newZone();
        var scores = new Scores(Probability.VERY_UNLIKELY, Exposure.MONTHLY, Effect.IMPORTANT);
        var id = register.add(mine, new NewRisk("Eigen risico", "", RiskFamily.TIME, List.of(), List.of(), scores,
                scores));
        assertThatThrownBy(() -> register.find(other, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.reassess(other, id, scores, scores, ""))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(register.all(other)).isEmpty();
    }

    private OrganisationId newZone() {
        var code = "z" + UUID.randomUUID().toString().substring(0, 8);
        return organisations.create(new NewOrganisation(code, "PZ " + code, OrganisationKind.LOCAL_ZONE, null,
                Locale.forLanguageTag("nl"))).id();
    }

    record GentRow(String title, String probability, String exposure, String effect, String score,
            RiskClass riskClass) {
    }

    /** The expected values of domain.md 7.1, matched by the Dutch title of each row. */
    static List<GentRow> gentTable() throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                RiskRegisterIntegrationTests.class.getResourceAsStream("/policy/gent-risks.csv"),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(";"))
                    .map(cells -> new GentRow(cells[1], cells[2], cells[3], cells[4], cells[5],
                            RiskClass.valueOf(cells[6])))
                    .toList();
        }
    }
}
