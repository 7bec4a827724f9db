package be.kompas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.policy.ActionPlan;
import be.kompas.policy.ClimateDimension;
import be.kompas.policy.ClimateSurveys;
import be.kompas.policy.ClimateSwot;
import be.kompas.policy.FrameworkElement;
import be.kompas.policy.FrameworkElementChange;
import be.kompas.policy.FrameworkState;
import be.kompas.policy.GrowthPhase;
import be.kompas.policy.HouseElement;
import be.kompas.policy.ImfPillar;
import be.kompas.policy.IntegrityFramework;
import be.kompas.tenancy.OrganisationId;

/**
 * The integrity framework map of {@code demo} (the IMF examples, a few assessed and linked to Gent actions) and a draft
 * climate survey with one statement per dimension, ready for the coordinator to open, after the closed surveys of 2024
 * and 2025 with their results and the SWOT of 2025. Runs after {@link DemoPolicy}.
 */
@Component
class DemoPolicyCockpit implements DemoStep {

    private final IntegrityFramework framework;
    private final ClimateSurveys surveys;
    private final ActionPlan plan;
    private final Clock clock;

    private static final List<String> GROUPS = List.of("Interventie", "Recherche", "Wijkwerking", "Ondersteuning");

    DemoPolicyCockpit(IntegrityFramework framework, ClimateSurveys surveys, ActionPlan plan, Clock clock) {
        this.clock = clock;
        this.framework = framework;
        this.surveys = surveys;
        this.plan = plan;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void load(DemoContext context) {
        var demo = context.organisation("demo").id();
        framework.importImfTemplate(demo);
        place(demo, "Deontologische code", ImfPillar.INSTRUMENT, HouseElement.VISION, "Korpschef",
                FrameworkState.IN_PLACE, "B5");
        place(demo, "Risicoanalyse", ImfPillar.PROCESS, HouseElement.PROTECT, "IC", FrameworkState.PARTIAL, "B2");
        place(demo, "Klachtenpunt (passief)", ImfPillar.STRUCTURE, HouseElement.MONITOR, "Klantencoördinator",
                FrameworkState.IN_PLACE, "H2");
        place(demo, "Klokkenluidersregeling (passief)", ImfPillar.PROCESS, HouseElement.LIMIT, "",
                FrameworkState.ABSENT, null);
        place(demo, "Training ethisch leiderschap en dilemma's", ImfPillar.INSTRUMENT, HouseElement.EMPOWER,
                "Trainers", FrameworkState.PLANNED, "O3");

        answered(demo, 2024, Map.of("", 18), 0.0);
        answered(demo, 2025, Map.of("Interventie", 14, "Recherche", 12, "Wijkwerking", 10, "Ondersteuning", 4),
                0.4);
        surveys.saveSwot(demo, new ClimateSwot(2025, "Duidelijke regels; respectvolle teams.",
                "Dilemma's worden weinig besproken; signalen lijken niet altijd opgevolgd.",
                "Teamgesprekken met de integriteitscoaches.", "Werkdruk in de interventieploegen.",
                "Dilemmagesprekken in elke ploeg\nTerugkoppeling over onderzochte signalen",
                GrowthPhase.ACTING_WITH_INTEGRITY));
        questionnaire(demo, surveys.create(demo, 2026, "Onderzoek ethisch klimaat 2026", GROUPS));
    }

    /**
     * A closed survey of an earlier year with made-up answers, so that the results, the trend over the years and the
     * SWOT have something to show: per group how many answered; a group under ten shows no means.
     */
    private void answered(OrganisationId demo, int year, Map<String, Integer> respondents, double better) {
        var survey = surveys.create(demo, year, "Onderzoek ethisch klimaat " + year,
                respondents.containsKey("") ? List.of() : GROUPS);
        questionnaire(demo, survey);
        surveys.open(demo, survey, LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))));
        var items = surveys.items(demo, survey);
        var random = new Random(year);
        respondents.forEach((group, count) -> {
            for (var i = 0; i < count; i++) {
                var scores = new HashMap<UUID, Integer>();
                for (var item : items) {
                    // Discussability and enforcement score lowest, as the SWOT says.
                    var centre = (item.dimension() == ClimateDimension.DISCUSSABILITY
                            || item.dimension() == ClimateDimension.ENFORCEMENT ? 2.6 : 3.5) + better;
                    scores.put(item.id(), (int) Math.max(1, Math.min(5, Math.round(centre + random.nextGaussian()))));
                }
                var token = surveys.issueToken(demo, survey, UUID.randomUUID()).orElseThrow();
                surveys.answer(demo, token, group, scores);
            }
        });
        surveys.close(demo, survey);
    }

    private void questionnaire(OrganisationId demo, UUID survey) {
        surveys.addItem(demo, survey, ClimateDimension.CLARITY, "Ik weet wat integer gedrag in mijn werk inhoudt.");
        surveys.addItem(demo, survey, ClimateDimension.ROLE_MODELLING, "Mijn leidinggevende geeft het goede voorbeeld.");
        surveys.addItem(demo, survey, ClimateDimension.FEASIBILITY, "Ik heb de tijd en middelen om integer te werken.");
        surveys.addItem(demo, survey, ClimateDimension.INVOLVEMENT, "In mijn team gaan we respectvol met elkaar om.");
        surveys.addItem(demo, survey, ClimateDimension.TRANSPARENCY, "Wat collega's doen, is zichtbaar in het team.");
        surveys.addItem(demo, survey, ClimateDimension.DISCUSSABILITY, "Ik kan dilemma's open bespreken.");
        surveys.addItem(demo, survey, ClimateDimension.ENFORCEMENT, "Signalen van misstanden worden onderzocht.");
    }

    private void place(OrganisationId demo, String name, ImfPillar pillar, HouseElement house, String owner,
            FrameworkState state, @Nullable String action) {
        var element = framework.elements(demo).stream().filter(e -> e.name().equals(name)).findFirst()
                .map(FrameworkElement::id).orElseThrow();
        var found = framework.find(demo, element);
        framework.change(demo, element, new FrameworkElementChange(name, found.function(), pillar, house, owner, state,
                found.module(), ""));
        if (action != null) {
            plan.actions(demo, null, null).stream()
                    .filter(a -> a.code().equals(action)).findFirst()
                    .ifPresent(a -> framework.linkAction(demo, element, a.id()));
        }
    }
}
