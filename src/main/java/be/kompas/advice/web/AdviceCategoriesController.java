package be.kompas.advice.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.internal.AdviceService;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;

/** The facilitator's list of categories that reporters choose from (seeded from domain.md 13.6). */
@Controller
@RequestMapping("/advice/categories")
@PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
class AdviceCategoriesController {

    static final String VIEW = "advice/categories";
    private static final String REDIRECT = "redirect:/advice/categories";

    private final AdviceService advice;
    private final ReporterForms forms;

    AdviceCategoriesController(AdviceService advice, ReporterForms forms) {
        this.advice = advice;
        this.forms = forms;
    }

    @GetMapping
    String categories(Model model, Locale locale) {
        model.addAttribute("categories", forms.categories(CurrentUser.require().organisationId(), locale));
        return VIEW;
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
        try {
            advice.addCategory(CurrentUser.require(), label);
            redirect.addFlashAttribute("flash", "advice.categories.added");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "advice.categories.invalid");
        }
        return REDIRECT;
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        advice.deactivateCategory(CurrentUser.require(), code);
        redirect.addFlashAttribute("flash", "advice.categories.deactivated");
        return REDIRECT;
    }
}
