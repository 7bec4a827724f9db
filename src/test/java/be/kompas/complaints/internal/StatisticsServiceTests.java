package be.kompas.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

import be.kompas.complaints.YearFigures.Share;

class StatisticsServiceTests {

    @Test
    void roundsEachShareOnItsOwnLikeGent() {
        // Counts that give Gent's 2023 shares over 149 closed complaints: they add up to 99 %.
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("FOUNDED", 22);
        counts.put("UNFOUNDED", 81);
        counts.put("WORD_AGAINST_WORD", 19);
        counts.put("NO_JUDGEMENT", 11);
        counts.put("INADMISSIBLE", 8);
        counts.put("ASSIGNED_TO_DIT", 8);
        var shares = StatisticsService.shares(counts, 149);
        assertThat(shares).extracting(Share::percent).containsExactly(15, 54, 13, 7, 5, 5);
        assertThat(shares.stream().mapToInt(Share::percent).sum()).isEqualTo(99);
    }

    @Test
    void roundsHalfUpAndHandlesAnEmptyBase() {
        assertThat(StatisticsService.percent(1, 8)).isEqualTo(13);
        assertThat(StatisticsService.percent(1, 200)).isEqualTo(1);
        assertThat(StatisticsService.percent(0, 0)).isZero();
    }
}
