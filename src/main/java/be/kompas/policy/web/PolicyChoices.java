package be.kompas.policy.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Effect;
import be.kompas.policy.Exposure;
import be.kompas.policy.Probability;
import be.kompas.policy.RecommendationSource;
import be.kompas.policy.RecommendationStatus;
import be.kompas.policy.RiskClass;
import be.kompas.policy.RiskFamily;
import be.kompas.policy.RiskSource;

/** The scales and lists the policy pages offer; templates may not reach static classes themselves. */
@ControllerAdvice(assignableTypes = { RiskController.class, ActionPlanController.class,
        RecommendationController.class })
class PolicyChoices {

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("probabilities", Probability.values());
        model.addAttribute("exposures", Exposure.values());
        model.addAttribute("effects", Effect.values());
        model.addAttribute("families", RiskFamily.values());
        model.addAttribute("riskClasses", RiskClass.values());
        model.addAttribute("sources", RiskSource.values());
        model.addAttribute("domains", ActionDomain.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("bodies", RecommendationSource.values());
        model.addAttribute("followUps", RecommendationStatus.values());
    }
}
