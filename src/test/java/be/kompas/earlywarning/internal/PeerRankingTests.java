package be.kompas.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.internal.PeerRanking.Criteria;
import be.kompas.earlywarning.internal.PeerRanking.Finding;
import be.kompas.earlywarning.internal.PeerRanking.Subject;

/**
 * A synthetic corps of 40 intervention officers with very different workloads. Complaints arrive in proportion to
 * interventions (about 1 per 100) for everyone except one planted deviant, who does few interventions but draws
 * complaints at four times the usual rate. Raw counts put the busy ordinary officers on top; the normalised rate puts
 * the deviant first, and only the deviant passes a rule of "at least 3 and at or above percentile 95".
 */
class PeerRankingTests {

    private static final String GROUP = "Intervention inspector · intervention";

    private record Population(List<Subject> subjects, UUID deviant, List<UUID> busy) {
    }

    private static Population population() {
        var random = new Random(40);
        var subjects = new ArrayList<Subject>();
        var busy = new ArrayList<UUID>();
        for (int i = 0; i < 39; i++) {
            UUID id = UUID.randomUUID();
            // Workloads from 100 to 900 interventions in the window; the last five are the busiest.
            int interventions = i < 34 ? 100 + random.nextInt(400) : 800 + random.nextInt(100);
            int complaints = (int) Math.round(interventions / 100.0 + (random.nextDouble() - 0.5));
            subjects.add(new Subject(id, GROUP, complaints, interventions));
            if (i >= 34) {
                busy.add(id);
            }
        }
        UUID deviant = UUID.randomUUID();
        subjects.add(new Subject(deviant, GROUP, 5, 120));
        return new Population(subjects, deviant, busy);
    }

    @Test
    void normalisedRateRanksThePlantedDeviantAboveBusyOrdinaryOfficersWhereRawCountsDoNot() {
        var population = population();
        var raw = PeerRanking.rank(new Criteria(Denominator.NONE, null, 95, Combination.OR, 8), population.subjects());
        var rated = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, 3, 95, Combination.AND, 8),
                population.subjects());

        // Raw counts: every busy ordinary officer has more complaints than the deviant.
        var deviantRaw = find(raw, population.deviant());
        for (UUID busy : population.busy()) {
            assertThat(find(raw, busy).count()).isGreaterThan(deviantRaw.count());
            assertThat(find(raw, busy).percentile()).isGreaterThan(deviantRaw.percentile());
        }
        assertThat(deviantRaw.fires()).isFalse();

        // Normalised: the deviant is first, at the top percentile of 39 peers, and the only one the rule fires for.
        assertThat(rated.get(0).staffId()).isEqualTo(population.deviant());
        var deviant = find(rated, population.deviant());
        assertThat(deviant.percentile()).isGreaterThanOrEqualTo(98);
        assertThat(deviant.peers()).isEqualTo(39);
        for (UUID busy : population.busy()) {
            assertThat(find(rated, busy).percentile()).isLessThan(deviant.percentile());
            assertThat(find(rated, busy).fires()).isFalse();
        }
        assertThat(rated.stream().filter(Finding::fires).map(Finding::staffId)).containsExactly(population.deviant());
    }

    @Test
    void rankingByRateOrdersTheDeviantFirstAndRankingByCountDoesNot() {
        var population = population();
        var byCount = population.subjects().stream().sorted(Comparator.comparingInt(Subject::count).reversed())
                .map(Subject::staffId).toList();
        var byRate = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, null, 95, Combination.OR, 8),
                population.subjects()).stream().map(Finding::staffId).toList();
        assertThat(byCount.indexOf(population.deviant())).isGreaterThanOrEqualTo(5);
        assertThat(byRate.indexOf(population.deviant())).isZero();
    }

    @Test
    void aGroupBelowTheMinimumSizeIsNotRankedAndFiresOnlyOnTheThreshold() {
        var a = new Subject(UUID.randomUUID(), "small", 4, 10);
        var b = new Subject(UUID.randomUUID(), "small", 0, 10);
        var and = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, 3, 90, Combination.AND, 8), List.of(a, b));
        assertThat(find(and, a.staffId()).percentile()).isNull();
        assertThat(find(and, a.staffId()).fires()).isFalse();
        var or = PeerRanking.rank(new Criteria(Denominator.INTERVENTIONS, 3, 90, Combination.OR, 8), List.of(a, b));
        assertThat(find(or, a.staffId()).fires()).isTrue();
        assertThat(find(or, b.staffId()).fires()).isFalse();
    }

    @Test
    void withoutExposureThereIsNoRateAndTheMemberDoesNotCountAsAPeer() {
        var busy = new Subject(UUID.randomUUID(), "g", 2, 100);
        var absent = new Subject(UUID.randomUUID(), "g", 3, 0);
        var findings = PeerRanking.rank(new Criteria(Denominator.HOURS, 3, 50, Combination.OR, 1),
                List.of(busy, absent));
        assertThat(find(findings, absent.staffId()).rate()).isNull();
        assertThat(find(findings, absent.staffId()).fires()).isTrue();
        assertThat(find(findings, busy.staffId()).peers()).isZero();
    }

    @Test
    void noEventsNeverFire() {
        var zero = new Subject(UUID.randomUUID(), "g", 0, 1);
        assertThat(PeerRanking.rank(new Criteria(Denominator.NONE, null, 1, Combination.OR, 1), List.of(zero))
                .get(0).fires()).isFalse();
    }

    static Finding find(List<Finding> findings, UUID id) {
        return findings.stream().filter(f -> f.staffId().equals(id)).findFirst().orElseThrow();
    }
}
