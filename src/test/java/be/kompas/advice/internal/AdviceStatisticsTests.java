package be.kompas.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AdviceStatisticsTests {

    @Test
    void leadTimesUseTheNearestRankPercentile() {
        var times = AdviceStatistics.leadTimes(List.of(9L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 30L));
        assertThat(times.measured()).isEqualTo(10);
        assertThat(times.mean()).isEqualTo(7.5);
        assertThat(times.median()).isEqualTo(5L);
        assertThat(times.p90()).isEqualTo(9L);
        assertThat(AdviceStatistics.leadTimes(List.of()).mean()).isNull();
    }
}
