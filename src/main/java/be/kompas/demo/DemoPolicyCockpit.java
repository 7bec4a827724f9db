package be.kompas.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import be.kompas.policy.ActionPlan;
import be.kompas.policy.ClimateDimension;
import be.kompas.policy.ClimateSurveys;
import be.kompas.policy.FrameworkElement;
import be.kompas.policy.FrameworkElementChange;
import be.kompas.policy.FrameworkState;
import be.kompas.policy.HouseElement;
import be.kompas.policy.ImfPillar;
import be.kompas.policy.IntegrityFramework;
import be.kompas.tenancy.OrganisationId;

/**
 * The integrity framework map of {@code demo} (the IMF examples, a few assessed and linked to Gent actions) and a draft
 * climate survey with one statement per dimension, ready for the coordinator to open. Runs after {@link DemoPolicy}.
 */
@Component
class DemoPolicyCockpit implements DemoStep {

    private final IntegrityFramework framework;
    private final ClimateSurveys surveys;
    private final ActionPlan plan;

    DemoPolicyCockpit(IntegrityFramework framework, ClimateSurveys surveys, ActionPlan plan) {
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

        var survey = surveys.create(demo, 2026, "Onderzoek ethisch klimaat 2026",
                List.of("Interventie", "Recherche", "Wijkwerking", "Ondersteuning"));
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
