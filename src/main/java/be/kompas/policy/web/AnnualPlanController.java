package be.kompas.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import be.kompas.policy.ActionStatus;
import be.kompas.policy.AnnualPlan;
import be.kompas.policy.AnnualPlanItem;
import be.kompas.policy.HouseElement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The Dutch annual plan of one year, grouped by element of the integrity house. */
@Controller
@RequestMapping("/policy/annual-plan")
@PreAuthorize("hasAuthority('policy.read')")
class AnnualPlanController {

    static final String VIEW = "policy/annual-plan";

    private final AnnualPlan plan;
    private final Clock clock;

    AnnualPlanController(AnnualPlan plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
        var shown = year == null ? LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))).getYear() : year;
        return page(shown, new AnnualPlanForm(), model);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        var rows = plan.items(CurrentUser.require().organisationId(), year).stream()
                .map(item -> List.of(String.valueOf(item.year()), item.element().name(), item.activity(),
                        item.timing(), item.status().name(), item.how(), item.needWho(), item.needWhat()))
                .toList();
        return PolicyCsv.download("annual-plan-" + year + ".csv", List.of("year", "house_element", "activity",
                "timing", "status", "how", "need_who", "need_what"), rows);
    }

    @PostMapping("/{year}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String add(@PathVariable int year, @Valid @ModelAttribute("form") AnnualPlanForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                plan.add(CurrentUser.require().organisationId(), form.toItem(year));
                redirect.addFlashAttribute("flash", "policy.annualPlan.saved");
                return "redirect:/policy/annual-plan?year=" + year;
            }
            catch (InvalidInputException e) {
                RiskController.reject(e, binding);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(year, form, model);
    }

    private String page(int year, AnnualPlanForm form, Model model) {
        model.addAttribute("year", year);
        var items = plan.items(CurrentUser.require().organisationId(), year);
        model.addAttribute("items", items);
        model.addAttribute("byElement", items.stream().collect(Collectors.groupingBy(AnnualPlanItem::element,
                () -> new EnumMap<>(HouseElement.class), Collectors.toList())));
        model.addAttribute("elements", HouseElement.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("form", form);
        return VIEW;
    }
}
