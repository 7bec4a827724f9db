package be.kompas.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.internal.PeerRanking.Criteria;
import be.kompas.earlywarning.internal.PeerRanking.Finding;
import be.kompas.earlywarning.internal.PeerRanking.Subject;

/** Properties of the percentile engine over arbitrary populations. */
class PeerRankingProperties {

    private static final Criteria CRITERIA = new Criteria(Denominator.INTERVENTIONS, null, 90, Combination.OR, 1);

    private static List<Subject> subjects(List<@IntRange(min = 0, max = 20) Integer> counts,
            List<@IntRange(min = 1, max = 1000) Integer> exposures) {
        var subjects = new ArrayList<Subject>();
        for (int i = 0; i < Math.min(counts.size(), exposures.size()); i++) {
            subjects.add(new Subject(UUID.randomUUID(), i % 3 == 0 ? "a" : "b", counts.get(i), exposures.get(i)));
        }
        return subjects;
    }

    @Property(tries = 200)
    void percentilesLieBetween0And99(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 20) Integer> counts,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 1000) Integer> exposures) {
        for (Finding f : PeerRanking.rank(CRITERIA, subjects(counts, exposures))) {
            assertThat(f.percentile()).isBetween(0, 99);
        }
    }

    @Property(tries = 200)
    void aHigherRateInTheSameGroupNeverHasALowerPercentile(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 20) Integer> counts,
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 1, max = 1000) Integer> exposures) {
        var findings = PeerRanking.rank(CRITERIA, subjects(counts, exposures));
        for (Finding x : findings) {
            for (Finding y : findings) {
                if (x.peerGroup().equals(y.peerGroup()) && x.rate() > y.rate()) {
                    assertThat(x.percentile()).isGreaterThanOrEqualTo(y.percentile());
                }
            }
        }
    }

    @Property(tries = 200)
    void scalingEveryonesExposureChangesNoPercentile(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20) Integer> counts,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 1000) Integer> exposures,
            @ForAll @IntRange(min = 2, max = 10) int factor) {
        var subjects = subjects(counts, exposures);
        var scaled = subjects.stream()
                .map(s -> new Subject(s.staffId(), s.peerGroup(), s.count(), s.exposure() * factor)).toList();
        var before = PeerRanking.rank(CRITERIA, subjects);
        var after = PeerRanking.rank(CRITERIA, scaled);
        for (Finding f : before) {
            assertThat(PeerRankingTests.find(after, f.staffId()).percentile()).isEqualTo(f.percentile());
        }
    }

    @Property(tries = 200)
    void anAndRuleFiresOnlyWhereBothItsOrRuleConditionsWould(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 20) Integer> counts,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 1000) Integer> exposures) {
        var subjects = subjects(counts, exposures);
        var and = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, 3, 80, Combination.AND, 1), subjects);
        var threshold = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, 3, null, Combination.AND, 1),
                subjects);
        var percentile = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, null, 80, Combination.AND, 1),
                subjects);
        for (Finding f : and) {
            assertThat(f.fires()).isEqualTo(PeerRankingTests.find(threshold, f.staffId()).fires()
                    && PeerRankingTests.find(percentile, f.staffId()).fires());
        }
    }
}
