package be.kompas.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.kompas.core.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class RiskClassTests {

    @ParameterizedTest
    @CsvSource({ "0.5, E", "20, E", "20.1, D", "70, D", "70.5, C", "200, C", "200.5, B", "400, B", "400.5, A",
            "100000, A" })
    void putsBoundaryValuesInTheLowerClass(String score, RiskClass expected) {
        assertThat(RiskClass.of(new BigDecimal(score))).isEqualTo(expected);
    }

    @Property
    void classIsMonotoneInTheScore(@ForAll @BigRange(min = "0", max = "100000") @Scale(1) BigDecimal lower,
            @ForAll @BigRange(min = "0", max = "100000") @Scale(1) BigDecimal higher) {
        var low = lower.min(higher);
        var high = lower.max(higher);
        // A is the highest class and comes first, so a higher score never has a later letter.
        assertThat(RiskClass.of(high).compareTo(RiskClass.of(low))).isLessThanOrEqualTo(0);
    }

    @Property
    void boundaryBelongsToTheLowerClass(@ForAll("boundaries") BigDecimal boundary) {
        var justAbove = boundary.add(new BigDecimal("0.001"));
        assertThat(RiskClass.of(boundary).ordinal()).isEqualTo(RiskClass.of(justAbove).ordinal() + 1);
    }

    @Provide
    Arbitrary<BigDecimal> boundaries() {
        return Arbitraries.of(new BigDecimal("20"), new BigDecimal("70"), new BigDecimal("200"),
                new BigDecimal("400"));
    }

    @Test
    void computesTheScoreAsTheProductOfTheScales() {
        var scores = new Scores(Probability.UNUSUAL_BUT_POSSIBLE, Exposure.VERY_RARELY, Effect.CONSIDERABLE);
        assertThat(scores.score()).isEqualByComparingTo("10.5");
        assertThat(scores.riskClass()).isEqualTo(RiskClass.E);
    }

    @Test
    void refusesNumbersOffTheScalesNamingTheField() {
        assertThatThrownBy(() -> Scores.of(new BigDecimal("4"), BigDecimal.ONE, new BigDecimal("100")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("probability"));
        assertThatThrownBy(() -> Scores.of(BigDecimal.ONE, new BigDecimal("0.25"), new BigDecimal("50")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("exposure", "effect"));
        assertThat(Scores.of(new BigDecimal("0.50"), new BigDecimal("10"), new BigDecimal("100")).score())
                .isEqualByComparingTo("500");
    }
}
