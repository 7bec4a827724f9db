package be.kompas.policy.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.people.JobFunction;
import be.kompas.people.JobFunctions;
import be.kompas.policy.VulnerabilityCircumstance;
import be.kompas.policy.VulnerableArea;
import be.kompas.policy.VulnerableFunctions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The inventory of vulnerable functions, with a form that adds or changes one. */
@Controller
@RequestMapping("/policy/vulnerable-functions")
@PreAuthorize("hasAuthority('policy.read')")
class VulnerableFunctionController {

    static final String VIEW = "policy/vulnerable-functions";

    private final VulnerableFunctions functions;
    private final JobFunctions jobFunctions;

    VulnerableFunctionController(VulnerableFunctions functions, JobFunctions jobFunctions) {
        this.functions = functions;
        this.jobFunctions = jobFunctions;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable UUID edit, Model model) {
        var organisation = CurrentUser.require().organisationId();
        var form = edit == null ? new VulnerableFunctionForm()
                : VulnerableFunctionForm.of(functions.find(organisation, edit));
        return page(form, model);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var rows = functions.all(CurrentUser.require().organisationId()).stream()
                .map(function -> List.of(function.functionName(),
                        String.join(" ", function.areas().stream().map(Enum::name).sorted().toList()),
                        String.join(" ", function.circumstances().stream().map(Enum::name).sorted().toList()),
                        function.screeningMonths() == null ? "" : String.valueOf(function.screeningMonths()),
                        String.valueOf(function.rotation()), String.valueOf(function.fourEyes()),
                        function.grossVulnerability().toPlainString(), function.netVulnerability().toPlainString(),
                        function.notes()))
                .toList();
        return PolicyCsv.download("vulnerable-functions.csv", List.of("function", "areas", "circumstances",
                "screening_months", "rotation", "four_eyes", "gross_vulnerability", "net_vulnerability", "notes"),
                rows);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String record(@Valid @ModelAttribute("form") VulnerableFunctionForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                functions.record(CurrentUser.require().organisationId(), form.toChange());
                redirect.addFlashAttribute("flash", "policy.vulnerable.saved");
                return "redirect:/policy/vulnerable-functions";
            }
            catch (InvalidInputException e) {
                RiskController.reject(e, binding);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(form, model);
    }

    private String page(VulnerableFunctionForm form, Model model) {
        var organisation = CurrentUser.require().organisationId();
        model.addAttribute("functions", functions.all(organisation));
        model.addAttribute("holders", functions.holders(organisation));
        model.addAttribute("jobFunctions", jobFunctions.all(organisation).stream().map(JobFunction::name).toList());
        model.addAttribute("areas", VulnerableArea.values());
        model.addAttribute("circumstances", VulnerabilityCircumstance.values());
        model.addAttribute("form", form);
        return VIEW;
    }
}
