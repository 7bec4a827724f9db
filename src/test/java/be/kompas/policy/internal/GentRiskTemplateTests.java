package be.kompas.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import be.kompas.policy.RiskClass;

class GentRiskTemplateTests {

    /** Each row of the Gent table in domain.md 7.1: W, B, E, R and the class. */
    @ParameterizedTest(name = "row {0}")
    @CsvFileSource(resources = "/policy/gent-risks.csv", numLinesToSkip = 1, delimiter = ';')
    void reproducesEveryScoreAndClassOfTheGentTable(int number, String title, String w, String b, String e, String r,
            RiskClass riskClass) {
        var row = GentRiskTemplate.ROWS.get(number - 1);
        assertThat(row.number()).isEqualTo(number);
        assertThat(row.title()).isEqualTo(title);
        assertThat(row.scores().probability().value()).isEqualByComparingTo(w);
        assertThat(row.scores().exposure().value()).isEqualByComparingTo(b);
        assertThat(row.scores().effect().value()).isEqualByComparingTo(e);
        assertThat(row.scores().score()).isEqualByComparingTo(r);
        assertThat(row.scores().riskClass()).isEqualTo(riskClass);
    }

    @Test
    void holdsAllTwentySevenRisksAndEveryGentAction() {
        assertThat(GentRiskTemplate.ROWS).hasSize(27);
        assertThat(GentActionTemplate.ROWS).hasSize(10 + 4 + 9 + 13 + 4 + 3);
        assertThat(GentActionTemplate.ROWS).allSatisfy(
                row -> assertThat(row.code()).startsWith(row.domain().codePrefix()));
    }
}
