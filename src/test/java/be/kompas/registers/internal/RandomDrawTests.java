package be.kompas.registers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RandomDrawTests {

    private static final List<Integer> POPULATION = IntStream.rangeClosed(1, 40).boxed().toList();

    @Test
    void theSameSeedAndPopulationGiveTheSameSelection() {
        var first = RandomDraw.select(POPULATION, 424242L, 5);
        assertThat(RandomDraw.select(POPULATION, 424242L, 5)).isEqualTo(first);
        assertThat(first).hasSize(5).doesNotHaveDuplicates().isSubsetOf(POPULATION);
        assertThat(RandomDraw.select(POPULATION, 424243L, 5)).isNotEqualTo(first);
    }

    @Test
    void aPercentageRoundsUpAndANumberStopsAtThePopulation() {
        assertThat(RandomDraw.size(40, null, 10)).isEqualTo(4);
        assertThat(RandomDraw.size(7, null, 10)).isEqualTo(1);
        assertThat(RandomDraw.size(7, 20, null)).isEqualTo(7);
        assertThat(RandomDraw.select(POPULATION.subList(0, 3), 1L, 10)).hasSize(3);
    }
}
