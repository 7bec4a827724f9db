package be.kompas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    void anExactTotalGivesThePagesAndTheirNeighbours() {
        var page = new Page<>(List.of(1, 2), PageRequest.of(1, 2), 5);

        assertThat(page.totalCapped()).isFalse();
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(new Page<>(List.of(5), PageRequest.of(2, 2), 5).hasNext()).isFalse();
    }

    @Test
    void aCappedTotalMeansMoreThanTheLimitAndPagesOnWhileThePageIsFull() {
        var full = new Page<>(Collections.nCopies(25, "x"), PageRequest.of(1000, 25), Page.COUNT_LIMIT + 1);
        var last = new Page<>(List.of("x"), PageRequest.of(2000, 25), Page.COUNT_LIMIT + 1);

        assertThat(full.totalCapped()).isTrue();
        assertThat(full.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(new Page<>(List.of("x"), PageRequest.of(0, 25), Page.COUNT_LIMIT).totalCapped()).isFalse();
    }

    @Test
    void theCappedCountStopsReadingOneRowPastTheLimit() {
        assertThat(Page.cappedCount(" from complaint where organisation_id = :org"))
                .isEqualTo("select count(*) from (select 1 from complaint where organisation_id = :org limit 10001)"
                        + " capped");
    }
}
