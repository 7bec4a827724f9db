package be.kompas.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.core.PageRequest;
import be.kompas.core.document.Chart;
import be.kompas.core.document.Document;
import be.kompas.core.document.Table;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.ClimateDimension;
import be.kompas.policy.ClimateSurveys;
import be.kompas.policy.FrameworkState;
import be.kompas.policy.IntegrityFramework;
import be.kompas.policy.Maturity;
import be.kompas.policy.MaturityScore;
import be.kompas.policy.MaturityTopic;
import be.kompas.policy.PlanAction;
import be.kompas.policy.Recommendation;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.Recommendations;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSummary;
import be.kompas.tenancy.Organisation;

/**
 * The yearly policy report as a {@link Document}, in the organisation's language: the risk register summary, the
 * maturity against the previous year, the action plan's progress, the follow-up of recommendations, the climate
 * survey's results (only where shown on screen too) and the framework map, each with its chart.
 */
@Component
class PolicyReport {

    private final RiskRegister risks;
    private final Maturity maturity;
    private final ActionPlan plan;
    private final Recommendations recommendations;
    private final ClimateSurveys surveys;
    private final IntegrityFramework framework;
    private final MessageSource messages;

    PolicyReport(RiskRegister risks, Maturity maturity, ActionPlan plan, Recommendations recommendations,
            ClimateSurveys surveys, IntegrityFramework framework, MessageSource messages) {
        this.risks = risks;
        this.maturity = maturity;
        this.plan = plan;
        this.recommendations = recommendations;
        this.surveys = surveys;
        this.framework = framework;
        this.messages = messages;
    }

    Document of(Organisation organisation, int year, LocalDate today) {
        var text = new Texts(organisation.locale());
        var report = Document.titled(text.get("policy.report.title", String.valueOf(year)))
                .subtitle(organisation.name());
        riskRegister(report, text, organisation);
        maturity(report, text, organisation, year);
        actionPlan(report, text, organisation, today);
        recommendations(report, text, organisation, today);
        climate(report, text, organisation, year);
        framework(report, text, organisation);
        return report.build();
    }

    private void riskRegister(Document.Builder report, Texts text, Organisation organisation) {
        var all = risks.all(organisation.id());
        report.heading(text.get("policy.report.risks")).paragraph(text.get("policy.report.risks.intro",
                String.valueOf(all.size())));
        var classes = Arrays.asList(RiskClass.values());
        var gross = classes.stream().map(c -> all.stream().filter(r -> r.gross().riskClass() == c).count()).toList();
        var net = classes.stream().map(c -> all.stream().filter(r -> r.net().riskClass() == c).count()).toList();
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < classes.size(); i++) {
            rows.add(List.of(classes.get(i).name(), text.get(classes.get(i).labelKey()), gross.get(i).toString(),
                    net.get(i).toString()));
        }
        report.table(Table.of(List.of(text.get("policy.report.class"), text.get("policy.report.level"),
                text.get("policy.report.gross"), text.get("policy.report.net")), rows));
        report.chart(Chart.bar(text.get("policy.report.risks.chart"), classes.stream().map(Enum::name).toList(),
                List.of(new Chart.Series(text.get("policy.report.gross"), gross),
                        new Chart.Series(text.get("policy.report.net"), net))));
        var highest = all.stream().filter(r -> r.net().riskClass().compareTo(RiskClass.C) <= 0)
                .sorted((a, b) -> b.net().score().compareTo(a.net().score()))
                .map(r -> List.of(r.title(), score(r, true), score(r, false))).toList();
        if (!highest.isEmpty()) {
            report.subheading(text.get("policy.report.risks.highest")).table(Table.of(List.of(
                    text.get("policy.risk.title"), text.get("policy.report.gross"), text.get("policy.report.net")),
                    highest));
        }
        report.paragraph(text.get("policy.legend.boundary"));
    }

    private void maturity(Document.Builder report, Texts text, Organisation organisation, int year) {
        var current = maturity.assessment(organisation.id(), year);
        var previous = maturity.assessment(organisation.id(), year - 1);
        report.heading(text.get("policy.report.maturity"));
        if (current.scores().isEmpty()) {
            report.paragraph(text.get("policy.report.maturity.none", String.valueOf(year)));
            return;
        }
        var topics = Arrays.asList(MaturityTopic.values());
        Function<MaturityTopic, Integer> now = topic -> current.score(topic).map(MaturityScore::level).orElse(0);
        Function<MaturityTopic, Integer> before = topic -> previous.score(topic).map(MaturityScore::level).orElse(0);
        report.table(Table.of(List.of(text.get("policy.report.topic"), String.valueOf(year - 1), String.valueOf(year)),
                topics.stream().map(topic -> List.of(text.get(topic.labelKey()),
                        previous.score(topic).map(s -> String.valueOf(s.level())).orElse("-"),
                        current.score(topic).map(s -> String.valueOf(s.level())).orElse("-"))).toList()));
        report.chart(Chart.radar(text.get("policy.report.maturity.chart"),
                topics.stream().map(topic -> text.get(topic.labelKey())).toList(),
                List.of(new Chart.Series(String.valueOf(year - 1), topics.stream().map(before).toList()),
                        new Chart.Series(String.valueOf(year), topics.stream().map(now).toList()))));
    }

    private void actionPlan(Document.Builder report, Texts text, Organisation organisation, LocalDate today) {
        var actions = plan.actions(organisation.id(), null, null);
        report.heading(text.get("policy.report.actions"));
        if (actions.isEmpty()) {
            report.paragraph(text.get("policy.report.none"));
            return;
        }
        var statuses = Arrays.asList(ActionStatus.values());
        var counts = statuses.stream().map(s -> actions.stream().filter(a -> a.status() == s).count()).toList();
        report.table(Table.of(List.of(text.get("policy.status"), text.get("policy.report.count")),
                rows(statuses, counts, s -> text.get(s.labelKey()))));
        report.chart(Chart.pie(text.get("policy.report.actions.chart"),
                statuses.stream().map(s -> text.get(s.labelKey())).toList(),
                new Chart.Series(text.get("policy.report.count"), counts)));
        var overdue = actions.stream().filter(a -> a.status() == ActionStatus.OVERDUE
                || (a.dueDate() != null && a.dueDate().isBefore(today) && open(a)))
                .map(a -> List.of(a.code(), a.title(), a.ownerUnknown() ? text.get("policy.owner.unknown") : a.owner(),
                        a.dueDate() == null ? "-" : a.dueDate().toString()))
                .toList();
        if (!overdue.isEmpty()) {
            report.subheading(text.get("policy.report.actions.overdue")).table(Table.of(List.of(
                    text.get("policy.action.code"), text.get("policy.action.title"), text.get("policy.owner"),
                    text.get("policy.action.dueDate")), overdue));
        }
    }

    private void recommendations(Document.Builder report, Texts text, Organisation organisation, LocalDate today) {
        var all = new ArrayList<Recommendation>();
        for (int page = 0;; page++) {
            var found = recommendations.search(organisation.id(), null, null, PageRequest.of(page,
                    PageRequest.MAX_SIZE));
            all.addAll(found.content());
            if (!found.hasNext()) {
                break;
            }
        }
        report.heading(text.get("policy.report.recommendations"));
        if (all.isEmpty()) {
            report.paragraph(text.get("policy.report.none"));
            return;
        }
        var statuses = Arrays.asList(RecommendationStatus.values());
        var counts = statuses.stream().map(s -> all.stream().filter(r -> r.status() == s).count()).toList();
        report.paragraph(text.get("policy.report.recommendations.intro", String.valueOf(all.size()),
                String.valueOf(all.stream().filter(r -> r.overdueOn(today)).count())));
        report.table(Table.of(List.of(text.get("policy.status"), text.get("policy.report.count")),
                rows(statuses, counts, s -> text.get(s.labelKey()))));
        report.chart(Chart.bar(text.get("policy.report.recommendations.chart"),
                statuses.stream().map(s -> text.get(s.labelKey())).toList(),
                List.of(new Chart.Series(text.get("policy.report.count"), counts))));
    }

    private void climate(Document.Builder report, Texts text, Organisation organisation, int year) {
        report.heading(text.get("policy.report.climate"));
        var ofYear = surveys.trend(organisation.id()).stream().filter(r -> r.survey().year() == year).toList();
        if (ofYear.isEmpty()) {
            report.paragraph(text.get("policy.report.climate.none", String.valueOf(year)));
        }
        for (var results : ofYear) {
            report.subheading(results.survey().title());
            if (results.overall().suppressed()) {
                report.paragraph(text.get("policy.survey.suppressed", String.valueOf(ClimateSurveys.MINIMUM_GROUP)));
                continue;
            }
            var dimensions = Arrays.asList(ClimateDimension.values());
            report.table(Table.of(List.of(text.get("policy.survey.dimension"), text.get("policy.survey.everyone")),
                    dimensions.stream().map(d -> List.of(text.get(d.labelKey()), results.overall().display(d)))
                            .toList()));
            report.chart(Chart.bar(text.get("policy.surveys.trend"),
                    dimensions.stream().map(d -> text.get(d.labelKey())).toList(),
                    List.of(new Chart.Series(String.valueOf(year), dimensions.stream()
                            .map(d -> results.overall().mean(d).orElse(0.0)).toList()))));
        }
        var swot = surveys.swot(organisation.id(), year);
        if (swot.phase() != null) {
            report.paragraph(text.get("policy.survey.placedPhase", text.get(swot.phase().labelKey())));
        }
        if (!swot.priorityList().isEmpty()) {
            report.subheading(text.get("policy.survey.priorities"));
            swot.priorityList().forEach(report::paragraph);
        }
    }

    private void framework(Document.Builder report, Texts text, Organisation organisation) {
        var elements = framework.elements(organisation.id());
        report.heading(text.get("policy.report.framework"));
        if (elements.isEmpty()) {
            report.paragraph(text.get("policy.report.none"));
            return;
        }
        var states = Arrays.asList(FrameworkState.values());
        var counts = states.stream().map(s -> elements.stream().filter(e -> e.state() == s).count()).toList();
        report.table(Table.of(List.of(text.get("policy.framework.state"), text.get("policy.report.count")),
                rows(states, counts, s -> text.get(s.labelKey()))));
    }

    private static boolean open(PlanAction action) {
        return action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.IN_PROGRESS;
    }

    private static <T> List<List<String>> rows(List<T> values, List<Long> counts, Function<T, String> label) {
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(List.of(label.apply(values.get(i)), counts.get(i).toString()));
        }
        return rows;
    }

    private static String score(RiskSummary risk, boolean gross) {
        var scores = gross ? risk.gross() : risk.net();
        return scores.score().stripTrailingZeros().toPlainString() + " (" + scores.riskClass().name() + ")";
    }

    /** The bundles in the report's language. */
    private final class Texts {

        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
