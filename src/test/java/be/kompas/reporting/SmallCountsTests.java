package be.kompas.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SmallCountsTests {

    @Test
    void countsFromOneToFourAreHidden() {
        assertThat(SmallCounts.hide(0)).isEqualTo(0L);
        assertThat(SmallCounts.hide(4)).isNull();
        assertThat(SmallCounts.hide(5)).isEqualTo(5L);
    }

    @Test
    void aSingleHiddenCellTakesTheSmallestOtherWithItSoThatTheTotalDoesNotRevealIt() {
        // Total 23 published: without the second suppression, 23 - 12 - 7 would reveal the 4.
        assertThat(SmallCounts.hideWithTotal(List.of(12L, 4L, 7L, 0L))).isEqualTo(Arrays.asList(12L, null, null, 0L));
        // Two hidden cells already protect each other; zeros stay.
        assertThat(SmallCounts.hideWithTotal(List.of(12L, 4L, 2L, 0L))).isEqualTo(Arrays.asList(12L, null, null, 0L));
        assertThat(SmallCounts.hideWithTotal(List.of(12L, 9L, 0L))).isEqualTo(List.of(12L, 9L, 0L));
    }

    @Test
    void rowsSuppressEachColumnOnItsOwn() {
        var rows = SmallCounts.rows(List.of(Label.data("A"), Label.data("B")),
                List.of(new long[] { 3, 10 }, new long[] { 8, 20 }));
        assertThat(rows).extracting(Grid.Row::cells).containsExactly(Arrays.asList(null, 10L),
                Arrays.asList(null, 20L));
    }
}
