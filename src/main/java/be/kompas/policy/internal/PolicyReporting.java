package be.kompas.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.Formats;
import be.kompas.core.PageRequest;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Maturity;
import be.kompas.policy.MaturityTopic;
import be.kompas.policy.PlanAction;
import be.kompas.policy.Recommendation;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.Recommendations;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskRegister;
import be.kompas.reporting.Breakdown;
import be.kompas.reporting.Figure;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.Grid;
import be.kompas.reporting.Label;
import be.kompas.reporting.NationalFiguresProvider;
import be.kompas.reporting.OpenWork;
import be.kompas.reporting.OpenWorkProvider;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.Scope;
import be.kompas.reporting.SmallCounts;
import be.kompas.reporting.YearlyFiguresProvider;
import be.kompas.tenancy.OrganisationId;

/**
 * The policy cockpit's sections of the dashboards and reports: risk classes (domain.md 7.1), maturity (2.3), the
 * action plan (8.2) and the follow-up of recommendations (8.5); nationally, the maturity distribution and the
 * recommendation follow-up per zone. The register and plan are organisation-wide, so a unit sees none of them.
 */
@Configuration(proxyBeanMethods = false)
class PolicyReporting {

    /** Enough for the recommendations of every control body one organisation follows. */
    private static final int ALL = 200;

    @Bean
    YearlyFiguresProvider riskFigures(RiskRegister risks) {
        return YearlyFiguresProvider.of(ReportSection.RISKS, (scope, year) -> {
            if (!scope.wholeOrganisation()) {
                return null;
            }
            var perClass = new EnumMap<RiskClass, Long>(RiskClass.class);
            Arrays.stream(RiskClass.values()).forEach(c -> perClass.put(c, 0L));
            risks.all(scope.organisation()).forEach(r -> perClass.merge(RiskClass.of(r.net().score()), 1L, Long::sum));
            long total = perClass.values().stream().mapToLong(Long::longValue).sum();
            var headlines = List.of(Figure.of("reporting.risks.total", total, null),
                    Figure.of("reporting.risks.high", perClass.get(RiskClass.A) + perClass.get(RiskClass.B), null));
            var bars = perClass.entrySet().stream()
                    .map(e -> new Figure(Label.key(e.getKey().labelKey()), e.getValue(), null)).toList();
            return new FigureSection(ReportSection.RISKS, headlines,
                    List.of(new Breakdown(Label.key("reporting.risks.byClass"), bars)), List.of(), List.of());
        });
    }

    @Bean
    YearlyFiguresProvider maturityFigures(Maturity maturity) {
        return YearlyFiguresProvider.of(ReportSection.MATURITY, (scope, year) -> {
            if (!scope.wholeOrganisation()) {
                return null;
            }
            var now = maturity.assessment(scope.organisation(), year);
            var before = maturity.assessment(scope.organisation(), year - 1);
            var bars = Arrays.stream(MaturityTopic.values()).filter(t -> now.score(t).isPresent())
                    .map(t -> new Figure(Label.key(t.labelKey()),
                            now.score(t).map(s -> (long) s.level()).orElse(null),
                            before.score(t).map(s -> (long) s.level()).orElse(null)))
                    .toList();
            var headlines = List.of(Figure.of("reporting.maturity.scored", now.scores().size(),
                    (long) before.scores().size()));
            return new FigureSection(ReportSection.MATURITY, headlines,
                    bars.isEmpty() ? List.of() : List.of(new Breakdown(Label.key("reporting.maturity.levels"), bars)),
                    List.of(), List.of());
        });
    }

    @Bean
    YearlyFiguresProvider actionPlanFigures(ActionPlan plan) {
        return YearlyFiguresProvider.of(ReportSection.ACTION_PLAN, (scope, year) -> {
            if (!scope.wholeOrganisation()) {
                return null;
            }
            var perStatus = new EnumMap<ActionStatus, Long>(ActionStatus.class);
            Arrays.stream(ActionStatus.values()).forEach(s -> perStatus.put(s, 0L));
            var actions = plan.actions(scope.organisation(), null, null);
            actions.forEach(a -> perStatus.merge(a.status(), 1L, Long::sum));
            var headlines = List.of(Figure.of("reporting.actions.total", actions.size(), null),
                    Figure.of("reporting.actions.done", perStatus.get(ActionStatus.DONE), null),
                    Figure.of("reporting.actions.overdue", perStatus.get(ActionStatus.OVERDUE), null));
            var bars = perStatus.entrySet().stream()
                    .map(e -> new Figure(Label.key(e.getKey().labelKey()), e.getValue(), null)).toList();
            return new FigureSection(ReportSection.ACTION_PLAN, headlines,
                    List.of(new Breakdown(Label.key("reporting.actions.byStatus"), bars)), List.of(), List.of());
        });
    }

    @Bean
    YearlyFiguresProvider recommendationFigures(Recommendations recommendations, Clock clock) {
        return YearlyFiguresProvider.of(ReportSection.RECOMMENDATIONS, (scope, year) -> {
            if (!scope.wholeOrganisation()) {
                return null;
            }
            var all = recommendations(recommendations, scope.organisation());
            var perStatus = new EnumMap<RecommendationStatus, Long>(RecommendationStatus.class);
            Arrays.stream(RecommendationStatus.values()).forEach(s -> perStatus.put(s, 0L));
            all.forEach(r -> perStatus.merge(r.status(), 1L, Long::sum));
            LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
            var headlines = List.of(Figure.of("reporting.recommendations.total", all.size(), null),
                    Figure.of("reporting.recommendations.implemented",
                            perStatus.get(RecommendationStatus.IMPLEMENTED), null),
                    Figure.of("reporting.recommendations.overdue",
                            all.stream().filter(r -> r.overdueOn(today)).count(), null));
            var bars = perStatus.entrySet().stream()
                    .map(e -> new Figure(Label.key(e.getKey().labelKey()), e.getValue(), null)).toList();
            return new FigureSection(ReportSection.RECOMMENDATIONS, headlines,
                    List.of(new Breakdown(Label.key("reporting.recommendations.byStatus"), bars)), List.of(),
                    List.of());
        });
    }

    private static List<Recommendation> recommendations(Recommendations recommendations, OrganisationId organisation) {
        return recommendations.search(organisation, null, null, PageRequest.of(0, ALL)).content();
    }

    @Bean
    OpenWorkProvider policyOpenWork(ActionPlan plan, Recommendations recommendations) {
        return (scope, today) -> {
            if (!scope.wholeOrganisation()) {
                return List.of();
            }
            var open = plan.actions(scope.organisation(), null, null).stream()
                    .filter(a -> a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.IN_PROGRESS
                            || a.status() == ActionStatus.OVERDUE)
                    .toList();
            var recs = recommendations(recommendations, scope.organisation()).stream()
                    .filter(r -> !r.status().implemented()).toList();
            LocalDate soon = today.plusDays(OpenWork.SOON_DAYS);
            return List.of(
                    new OpenWork(ReportSection.ACTION_PLAN, Label.key("reporting.actions.open"), (long) open.size(),
                            open.stream().filter(a -> dueBetween(a, today, soon)).count(),
                            open.stream().filter(a -> a.status() == ActionStatus.OVERDUE
                                    || a.dueDate() != null && a.dueDate().isBefore(today)).count(),
                            "/policy/actions"),
                    new OpenWork(ReportSection.RECOMMENDATIONS, Label.key("reporting.recommendations.open"),
                            (long) recs.size(), recs.stream().filter(r -> r.dueDate() != null && !r.dueDate().isBefore(today)
                                    && !r.dueDate().isAfter(soon)).count(),
                            recs.stream().filter(r -> r.overdueOn(today)).count(), "/policy/recommendations"));
        };
    }

    private static boolean dueBetween(PlanAction action, LocalDate from, LocalDate to) {
        return action.dueDate() != null && !action.dueDate().isBefore(from) && !action.dueDate().isAfter(to);
    }

    @Bean
    NationalFiguresProvider maturityNational(Maturity maturity) {
        return NationalFiguresProvider.of(ReportSection.MATURITY, (viewer, year) -> {
            var columns = new ArrayList<Label>();
            for (int level = 0; level <= 5; level++) {
                columns.add(Label.key("policy.level." + level));
            }
            // The distribution itself hides topics scored by fewer than five zones; each level's count follows the
            // small-count rule as well.
            var rows = maturity.nationalDistribution(year).stream()
                    .map(d -> new Grid.Row(Label.key(d.topic().labelKey()), d.shown()
                            ? d.perLevel().stream().map(n -> SmallCounts.hide(n)).toList()
                            : columns.stream().map(c -> (Long) null).toList()))
                    .toList();
            return new FigureSection(ReportSection.MATURITY, List.of(), List.of(), List.of(),
                    List.of(new Grid(Label.key("reporting.maturity.distribution"), columns, rows)));
        });
    }

    @Bean
    NationalFiguresProvider recommendationNational(Recommendations recommendations) {
        return NationalFiguresProvider.of(ReportSection.RECOMMENDATIONS, (viewer, year) -> {
            var columns = List.of(Label.key("reporting.recommendations.implemented"),
                    Label.key("reporting.recommendations.overdue"), Label.key("reporting.recommendations.open"));
            var rows = recommendations.nationalFollowUp().stream()
                    .map(z -> new Grid.Row(Label.data(z.zone()), Arrays.asList(SmallCounts.hide(z.implemented()),
                            SmallCounts.hide(z.overdue()), SmallCounts.hide(z.open()))))
                    .toList();
            return new FigureSection(ReportSection.RECOMMENDATIONS, List.of(), List.of(), List.of(),
                    List.of(new Grid(Label.key("reporting.recommendations.perZone"), columns, rows)));
        });
    }
}
