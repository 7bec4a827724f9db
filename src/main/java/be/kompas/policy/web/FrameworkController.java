package be.kompas.policy.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.ActionId;
import be.kompas.policy.ActionPlan;
import be.kompas.policy.FrameworkElement;
import be.kompas.policy.FrameworkElementChange;
import be.kompas.policy.FrameworkState;
import be.kompas.policy.HouseElement;
import be.kompas.policy.ImfFunction;
import be.kompas.policy.ImfPillar;
import be.kompas.policy.IntegrityFramework;
import be.kompas.policy.PlanAction;
import be.kompas.policy.SupportingModule;

/**
 * The integrity framework map: the organisation's instruments, processes and structures on the IMF grid (function ×
 * pillar) and on the integrity house, with the gaps marked, and one element's page with its actions.
 */
@Controller
@RequestMapping("/policy/framework")
@PreAuthorize("hasAuthority('policy.read')")
class FrameworkController {

    static final String VIEW = "policy/framework";
    static final String ELEMENT_VIEW = "policy/framework-element";

    /** One cell of the IMF grid; {@code pillar} empty for the column of elements not yet placed. */
    record Cell(ImfFunction function, @Nullable ImfPillar pillar, List<FrameworkElement> elements) {

        public boolean gap() {
            return elements.stream().noneMatch(element -> element.state().present());
        }
    }

    private final IntegrityFramework framework;
    private final ActionPlan plan;

    FrameworkController(IntegrityFramework framework, ActionPlan plan) {
        this.framework = framework;
        this.plan = plan;
    }

    @GetMapping
    String map(Model model) {
        var elements = framework.elements(CurrentUser.require().organisationId());
        var grid = new EnumMap<ImfFunction, List<Cell>>(ImfFunction.class);
        for (var function : ImfFunction.values()) {
            var row = new ArrayList<Cell>();
            for (var pillar : ImfPillar.values()) {
                row.add(new Cell(function, pillar, elements.stream()
                        .filter(e -> e.function() == function && e.pillar() == pillar).toList()));
            }
            row.add(new Cell(function, null, elements.stream()
                    .filter(e -> e.function() == function && e.pillar() == null).toList()));
            grid.put(function, row);
        }
        var house = new EnumMap<HouseElement, List<FrameworkElement>>(HouseElement.class);
        for (var element : HouseElement.values()) {
            house.put(element, elements.stream().filter(e -> e.houseElement() == element).toList());
        }
        model.addAttribute("grid", grid);
        model.addAttribute("house", house);
        model.addAttribute("houseGaps", house.entrySet().stream()
                .filter(entry -> entry.getValue().stream().noneMatch(e -> e.state().present())).map(Map.Entry::getKey)
                .toList());
        model.addAttribute("unplacedInHouse", elements.stream().filter(e -> e.houseElement() == null).toList());
        model.addAttribute("gaps", elements.stream().filter(FrameworkElement::gap).toList());
        model.addAttribute("elements", elements);
        choices(model);
        return VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var rows = framework.elements(CurrentUser.require().organisationId()).stream()
                .map(e -> List.of(e.name(), e.function().name(), name(e.pillar()), name(e.houseElement()), e.owner(),
                        e.state().name(), name(e.module()),
                        String.join(" ", e.actions().stream().map(PlanAction::code).toList()), e.notes()))
                .toList();
        return PolicyCsv.download("integrity-framework.csv", List.of("name", "imf_function", "imf_pillar",
                "house_element", "owner", "state", "kompas_module", "actions", "notes"), rows);
    }

    @GetMapping("/{id}")
    String element(@PathVariable UUID id, Model model) {
        var organisation = CurrentUser.require().organisationId();
        var element = framework.find(organisation, id);
        model.addAttribute("element", element);
        model.addAttribute("linkable", plan.actions(organisation, null, null).stream()
                .filter(action -> !element.actions().contains(action)).toList());
        choices(model);
        return ELEMENT_VIEW;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String add(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            var id = framework.add(CurrentUser.require().organisationId(), change(form));
            redirect.addFlashAttribute("flash", "policy.framework.saved");
            return "redirect:/policy/framework/" + id;
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.framework.invalid");
            return "redirect:/policy/framework";
        }
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String change(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            framework.change(CurrentUser.require().organisationId(), id, change(form));
            redirect.addFlashAttribute("flash", "policy.framework.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.framework.invalid");
        }
        return "redirect:/policy/framework/" + id;
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('policy.manage')")
    String link(@PathVariable UUID id, @RequestParam UUID action, RedirectAttributes redirect) {
        framework.linkAction(CurrentUser.require().organisationId(), id, new ActionId(action));
        redirect.addFlashAttribute("flash", "policy.framework.linked");
        return "redirect:/policy/framework/" + id;
    }

    @PostMapping("/{id}/actions/{action}/remove")
    @PreAuthorize("hasAuthority('policy.manage')")
    String unlink(@PathVariable UUID id, @PathVariable UUID action, RedirectAttributes redirect) {
        framework.unlinkAction(CurrentUser.require().organisationId(), id, new ActionId(action));
        redirect.addFlashAttribute("flash", "policy.framework.unlinked");
        return "redirect:/policy/framework/" + id;
    }

    @PostMapping("/import/imf")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importImf(RedirectAttributes redirect) {
        framework.importImfTemplate(CurrentUser.require().organisationId());
        redirect.addFlashAttribute("flash", "policy.framework.imported");
        return "redirect:/policy/framework";
    }

    private static void choices(Model model) {
        model.addAttribute("functions", ImfFunction.values());
        model.addAttribute("pillars", ImfPillar.values());
        model.addAttribute("houseElements", HouseElement.values());
        model.addAttribute("states", FrameworkState.values());
        model.addAttribute("modules", SupportingModule.values());
    }

    private static FrameworkElementChange change(Map<String, String> form) {
        return new FrameworkElementChange(form.getOrDefault("name", ""),
                parse(ImfFunction.class, form.get("function"), "function"),
                optional(ImfPillar.class, form.get("pillar"), "pillar"),
                optional(HouseElement.class, form.get("houseElement"), "houseElement"),
                form.getOrDefault("owner", ""), parse(FrameworkState.class, form.get("state"), "state"),
                optional(SupportingModule.class, form.get("module"), "module"), form.getOrDefault("notes", ""));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
        var parsed = optional(type, value, field);
        if (parsed == null) {
            throw InvalidInputException.of(field, "must be chosen");
        }
        return parsed;
    }

    private static <E extends Enum<E>> @Nullable E optional(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "is not one of the choices");
        }
    }

    private static String name(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
