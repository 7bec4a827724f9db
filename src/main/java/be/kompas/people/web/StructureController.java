package be.kompas.people.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.people.JobFunctionId;
import be.kompas.people.JobFunctions;
import be.kompas.people.UnitId;
import be.kompas.people.UnitKind;
import be.kompas.people.Units;
import jakarta.validation.Valid;

/** The unit tree and the job functions, kept by the administrator. */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasAuthority('people.units.manage')")
class StructureController {

    static final String UNITS_VIEW = "people/units";
    static final String FUNCTIONS_VIEW = "people/functions";

    private final Units units;
    private final JobFunctions functions;

    StructureController(Units units, JobFunctions functions) {
        this.units = units;
        this.functions = functions;
    }

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return unitsPage(model);
    }

    @PostMapping("/units")
    String createUnit(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return unitsPage(model);
        }
        try {
            units.create(CurrentUser.require().organisationId(), form.getParent() == null ? null
                    : new UnitId(form.getParent()), form.getCode(), form.getName(), form.getKind());
        }
        catch (InvalidInputException e) {
            StaffController.reject(e, binding);
            return unitsPage(model);
        }
        redirect.addFlashAttribute("flash", "people.units.created");
        return "redirect:/people/units";
    }

    @PostMapping("/units/{id}/rename")
    String renameUnit(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            units.rename(CurrentUser.require().organisationId(), new UnitId(id), name);
            redirect.addFlashAttribute("flash", "people.units.renamed");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "people.units.nameRequired");
        }
        return "redirect:/people/units";
    }

    private String unitsPage(Model model) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("tree", units.tree(organisation));
        model.addAttribute("unitChoices", Choice.units(units, organisation));
        model.addAttribute("kindChoices", Choice.of(UnitKind.class, "people.unitKind"));
        return UNITS_VIEW;
    }

    @GetMapping("/functions")
    String functions(Model model) {
        model.addAttribute("functionForm", new JobFunctionForm());
        return functionsPage(model);
    }

    @PostMapping("/functions")
    String createFunction(@Valid @ModelAttribute("functionForm") JobFunctionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return functionsPage(model);
        }
        try {
            functions.create(CurrentUser.require().organisationId(), form.getName(), form.isVulnerable());
        }
        catch (InvalidInputException e) {
            StaffController.reject(e, binding);
            return functionsPage(model);
        }
        redirect.addFlashAttribute("flash", "people.functions.created");
        return "redirect:/people/functions";
    }

    @PostMapping("/functions/{id}/vulnerable")
    String markVulnerable(@PathVariable UUID id, @RequestParam boolean vulnerable, RedirectAttributes redirect) {
        functions.markVulnerable(CurrentUser.require().organisationId(), new JobFunctionId(id), vulnerable);
        redirect.addFlashAttribute("flash", "people.functions.saved");
        return "redirect:/people/functions";
    }

    private String functionsPage(Model model) {
        model.addAttribute("functions", functions.all(CurrentUser.require().organisationId()));
        return FUNCTIONS_VIEW;
    }
}
