package be.kompas.registers.web;

import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.registers.RegisterSettings;
import be.kompas.registers.RegisterSettingsManagement;

/** The organisation's thresholds, lists and workflow choices for the registers. */
@Controller
@RequestMapping("/registers/settings")
@PreAuthorize("hasAuthority('registers.settings')")
class SettingsController {

    static final String VIEW = "registers/settings";

    private final RegisterSettingsManagement settings;

    SettingsController(RegisterSettingsManagement settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("settings", settings.get(CurrentUser.require().organisationId()));
        return VIEW;
    }

    @PostMapping
    String save(@RequestParam BigDecimal giftThreshold, @RequestParam(defaultValue = "") String forbiddenGivers,
            @RequestParam(defaultValue = "") String conflictKeywords,
            @RequestParam(defaultValue = "false") boolean ancillaryManagerAdvice,
            @RequestParam int ancillaryValidityYears, @RequestParam(defaultValue = "false") boolean careerScreening,
            @RequestParam int screeningIntervalYears,
            @RequestParam(defaultValue = "false") boolean alcoholDrugTests, RedirectAttributes redirect) {
        try {
            settings.save(CurrentUser.require().organisationId(), new RegisterSettings(giftThreshold,
                    forbiddenGivers.lines().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    conflictKeywords.lines().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    ancillaryManagerAdvice, ancillaryValidityYears, careerScreening, screeningIntervalYears,
                    alcoholDrugTests));
            redirect.addFlashAttribute("flash", "registers.settings.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.settings.invalid");
        }
        return "redirect:/registers/settings";
    }
}
