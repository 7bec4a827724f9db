package be.kompas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.policy.ActionChange;
import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Effect;
import be.kompas.policy.Exposure;
import be.kompas.policy.Maturity;
import be.kompas.policy.MaturityScore;
import be.kompas.policy.MaturityTopic;
import be.kompas.policy.NewRisk;
import be.kompas.policy.Objective;
import be.kompas.policy.PlanAction;
import be.kompas.policy.Probability;
import be.kompas.policy.RecommendationChange;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.Recommendations;
import be.kompas.policy.RiskFamily;
import be.kompas.policy.RiskRegister;
import be.kompas.policy.RiskSource;
import be.kompas.policy.RiskSummary;
import be.kompas.policy.Scores;
import be.kompas.policy.VulnerabilityCircumstance;
import be.kompas.policy.VulnerableArea;
import be.kompas.policy.VulnerableFunctionChange;
import be.kompas.policy.VulnerableFunctions;
import be.kompas.tenancy.OrganisationId;

/**
 * The Gent risk table and action plan for {@code demo}, with a session, a measure that lowers the database risk and
 * some progress, and the Gent maturity scores of 2023 with a 2024 follow-up, the AIG recommendations and two
 * vulnerable functions; a small register of its own for
 * {@code demo2}.
 */
@Component
class DemoPolicy implements DemoStep {

    private final RiskRegister register;
    private final ActionPlan plan;
    private final Maturity maturity;
    private final Recommendations recommendations;
    private final VulnerableFunctions vulnerableFunctions;
    private final Clock clock;

    DemoPolicy(RiskRegister register, ActionPlan plan, Maturity maturity, Recommendations recommendations,
            VulnerableFunctions vulnerableFunctions, Clock clock) {
        this.register = register;
        this.plan = plan;
        this.maturity = maturity;
        this.recommendations = recommendations;
        this.vulnerableFunctions = vulnerableFunctions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(DemoContext context) {
        loadDemo(context.organisation("demo").id());
        loadDemo2(context.organisation("demo2").id());
    }

    private void loadDemo(OrganisationId demo) {
        register.importGentTemplate(demo);
        plan.importGentTemplate(demo);
        plan.saveObjective(demo, new Objective("OO1", Objective.Kind.OPERATIONAL, "SO2",
                "Jaarlijks de integriteitsrisico's en de maturiteit meten en opvolgen."));
        for (var code : List.of("B1", "B2")) {
            var action = action(demo, code);
            plan.change(demo, action.id(), new ActionChange(action.domain(), action.code(), action.title(), "OO1",
                    action.owner(), action.partners(), action.plannedQuarter(), action.dueDate(), action.status(),
                    action.indicator(), action.evaluation()));
        }
        register.recordSession(demo, LocalDate.of(2024, 9, 24),
                "Integriteitscoaches, DIT, preventieadviseur, integriteitscoördinator",
                EnumSet.of(RiskSource.INVESTIGATIONS, RiskSource.COMPLAINTS, RiskSource.ADVICE_POINT), "Eerste RAI.");
        var database = risk(demo, "Onrechtmatige consultatie gegevensbanken");
        register.addMeasure(demo, database.id(), "Logging van raadplegingen en steekproefcontroles door DIT", "DIT");
        register.reassess(demo, database.id(), database.gross(),
                new Scores(Probability.UNUSUAL_BUT_POSSIBLE, Exposure.DAILY, Effect.CONSIDERABLE),
                "Na invoering van logging en steekproeven.");
        register.linkAction(demo, database.id(), action(demo, "H1").id());
        register.linkAction(demo, risk(demo, "Zwijgcultuur").id(), action(demo, "O4").id());
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
        progress(demo, "B1", ActionStatus.DONE, null, "Ingevuld met het AIG-dashboard.");
        progress(demo, "B2", ActionStatus.ONGOING, null, "Eerste RAI op 24/09/2024.");
        progress(demo, "B10", ActionStatus.IN_PROGRESS, today.minusDays(20), "Cijfers 2024 verzameld.");
        progress(demo, "C1", ActionStatus.PLANNED, today.plusMonths(3), "");
        plan.markOverdue(today);
        maturity.importGentBaseline(demo);
        maturity.record(demo, 2024, List.of(
                new MaturityScore(MaturityTopic.RISK_ANALYSIS, 3, "Eerste RAI op 24/09/2024 met kwetsbaarheidsmatrix."),
                new MaturityScore(MaturityTopic.QUESTIONNAIRE, 1, "Vragenlijst in voorbereiding."),
                new MaturityScore(MaturityTopic.VISION, 4, ""), new MaturityScore(MaturityTopic.COMMITMENT, 4, ""),
                new MaturityScore(MaturityTopic.STRUCTURES, 4, ""), new MaturityScore(MaturityTopic.PROCESSES, 3, ""),
                new MaturityScore(MaturityTopic.ENFORCEMENT, 4, "")), java.util.Map.of());
        recommendations.importAig(demo);
        vulnerableFunctions.record(demo, new VulnerableFunctionChange("Drugsrechercheur",
                EnumSet.of(VulnerableArea.INFORMATION, VulnerableArea.ENFORCING),
                EnumSet.of(VulnerabilityCircumstance.STAFF, VulnerabilityCircumstance.COMPLEXITY), 24, false, true,
                "Groepsgesprek juni 2022: werken in duo, nauwkeurige registratie."));
        vulnerableFunctions.record(demo, new VulnerableFunctionChange("Aankoper",
                EnumSet.of(VulnerableArea.OUTSOURCING, VulnerableArea.FINANCE), EnumSet.noneOf(
                        VulnerabilityCircumstance.class), 36, false, true, ""));
        recommendations.add(demo, new RecommendationChange(RecommendationSource.GRECO,
                "GRECO, tweede nalevingsverslag", LocalDate.of(2024, 5, 7),
                "Integriteitscontroles bij mobiliteit, bevordering en op regelmatige tijdstippen.",
                "Screening bij elke mobiliteit opnemen in de HR-procedure.", "DHR", today.minusMonths(2),
                RecommendationStatus.ONGOING, ""));
        recommendations.add(demo, new RecommendationChange(RecommendationSource.COMITE_P, "Toezichtsonderzoek 2023",
                LocalDate.of(2023, 11, 15), "Registreer elke raadpleging van de ANG met een reden.",
                "Verplicht redenveld ingevoerd.", "DIT", LocalDate.of(2024, 6, 30), RecommendationStatus.IMPLEMENTED,
                "Nota korpschef van 12/06/2024."));
    }

    private void loadDemo2(OrganisationId demo2) {
        add(demo2, "Consultation illégitime des banques de données", RiskFamily.INFORMATION,
                List.of("Inspecteur d'intervention"), new Scores(Probability.QUITE_POSSIBLE, Exposure.DAILY,
                        Effect.CONSIDERABLE));
        add(demo2, "Acceptation de cadeaux de commerçants", RiskFamily.RELATIONS,
                List.of("Inspecteur de quartier"), new Scores(Probability.UNUSUAL_BUT_POSSIBLE,
                        Exposure.WEEKLY_OR_OCCASIONAL, Effect.IMPORTANT));
        add(demo2, "Harcèlement au travail", RiskFamily.WORKPLACE_CONDUCT, List.of(),
                new Scores(Probability.ONLY_LONG_TERM, Exposure.MONTHLY, Effect.VERY_SERIOUS));
        maturity.record(demo2, 2024, List.of(
                new MaturityScore(MaturityTopic.VISION, 2, "Vision en cours de rédaction."),
                new MaturityScore(MaturityTopic.RISK_ANALYSIS, 1, "")), java.util.Map.of());
        recommendations.add(demo2, new RecommendationChange(RecommendationSource.COMITE_P,
                "Rapport annuel 2024", LocalDate.of(2025, 3, 1), "Améliorer le traitement des plaintes.", "", "",
                null, RecommendationStatus.OPEN, ""));
        plan.saveObjective(demo2, new Objective("OS1", Objective.Kind.STRATEGIC, "",
                "L'intégrité est la norme dans la zone et chacun sait où s'adresser."));
        plan.saveObjective(demo2, new Objective("OO1", Objective.Kind.OPERATIONAL, "OS1",
                "Connaître chaque année les risques d'intégrité de la zone."));
        plan.add(demo2, new ActionChange(ActionDomain.POLICY, "B1", "Analyse de risques intégrité annuelle", "OO1",
                "Coordinateur intégrité", "", "2026-Q4", null, ActionStatus.PLANNED, "", ""));
    }

    private void add(OrganisationId organisation, String title, RiskFamily family, List<String> functions,
            Scores scores) {
        register.add(organisation, new NewRisk(title, "", family, functions, List.of(), scores, scores));
    }

    private void progress(OrganisationId organisation, String code, ActionStatus status, @Nullable LocalDate due,
            String note) {
        var action = action(organisation, code);
        plan.change(organisation, action.id(), new ActionChange(action.domain(), action.code(), action.title(),
                action.objective(),
                action.owner(), action.partners(), action.plannedQuarter(), due, status, action.indicator(),
                action.evaluation()));
        if (!note.isEmpty()) {
            plan.addNote(organisation, action.id(), note);
        }
    }

    private RiskSummary risk(OrganisationId organisation, String title) {
        return register.all(organisation).stream().filter(risk -> risk.title().equals(title)).findFirst()
                .orElseThrow();
    }

    private PlanAction action(OrganisationId organisation, String code) {
        return plan.actions(organisation, null, null).stream().filter(action -> action.code().equals(code))
                .findFirst().orElseThrow();
    }
}
