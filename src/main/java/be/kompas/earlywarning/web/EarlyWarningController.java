package be.kompas.earlywarning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.earlywarning.Combination;
import be.kompas.earlywarning.Denominator;
import be.kompas.earlywarning.internal.EarlyWarningService;
import be.kompas.earlywarning.internal.EvaluationJob;
import be.kompas.earlywarning.internal.ExposureCsv;
import be.kompas.earlywarning.internal.InformedHow;
import be.kompas.earlywarning.internal.Outcome;
import be.kompas.earlywarning.internal.Rule;
import be.kompas.earlywarning.RuleInput;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.Roles;
import be.kompas.people.Units;

/**
 * The coordinator's pages (alerts, rules with their versions, settings, exposure, runs), the reviewer's inbox, one
 * alert with its assessment, and every staff member's own early-warning file.
 */
@Controller
@RequestMapping("/early-warning")
class EarlyWarningController {

    private static final String MANAGE = "hasAuthority('earlywarning.manage')";
    private static final String FLASH = "flash";

    private final EarlyWarningService service;
    private final EvaluationJob job;
    private final Units units;

    EarlyWarningController(EarlyWarningService service, EvaluationJob job, Units units) {
        this.service = service;
        this.job = job;
        this.units = units;
    }

    @GetMapping
    @PreAuthorize(MANAGE)
    String overview(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("alerts", service.all(user));
        model.addAttribute("rules", service.rules(user.organisationId()));
        model.addAttribute("runs", service.runs(user.organisationId()));
        return "earlywarning/overview";
    }

    @PostMapping("/runs")
    @PreAuthorize(MANAGE)
    String runNow() {
        var user = CurrentUser.require();
        UUID run = job.start(user.organisationId(), user.username());
        return "redirect:/early-warning/runs/" + run;
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize(MANAGE)
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", service.run(CurrentUser.require().organisationId(), id));
        return "earlywarning/run";
    }

    @GetMapping("/runs/{id}/progress")
    @PreAuthorize(MANAGE)
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("run", service.run(CurrentUser.require().organisationId(), id));
        return "earlywarning/run :: progress";
    }

    // Rules

    @GetMapping("/rules/{code}")
    @PreAuthorize(MANAGE)
    String rule(@PathVariable String code, Model model) {
        model.addAttribute("versions", service.versions(CurrentUser.require().organisationId(), code));
        return "earlywarning/rule";
    }

    @GetMapping("/rules/new")
    @PreAuthorize(MANAGE)
    String ruleForm(@RequestParam(required = false) @Nullable String code, Model model) {
        var organisation = CurrentUser.require().organisationId();
        Rule current = code == null ? null
                : service.rules(organisation).stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        model.addAttribute("rule", current == null
                ? new RuleInput("", "", 6, Denominator.INTERVENTIONS, 3, 95, Combination.AND, 8, true, "")
                : new RuleInput(current.code(), current.indicator(), current.windowMonths(), current.denominator(),
                        current.threshold(), current.minPercentile(), current.combination(), current.minPeers(),
                        current.active(), ""));
        return ruleFormView(model, Map.of());
    }

    private String ruleFormView(Model model, Map<String, String> errors) {
        model.addAttribute("indicators", service.indicators());
        model.addAttribute("denominators", Denominator.values());
        model.addAttribute("combinations", Combination.values());
        model.addAttribute("errors", errors);
        return "earlywarning/rule-form";
    }

    @PostMapping("/rules")
    @PreAuthorize(MANAGE)
    String saveRule(@RequestParam String code, @RequestParam String indicator, @RequestParam int windowMonths,
            @RequestParam Denominator denominator, @RequestParam(required = false) @Nullable Integer threshold,
            @RequestParam(required = false) @Nullable Integer minPercentile, @RequestParam Combination combination,
            @RequestParam int minPeers, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        var input = new RuleInput(code.strip(), indicator, windowMonths, denominator, threshold, minPercentile,
                combination, minPeers, active, note.strip());
        try {
            service.saveRule(CurrentUser.require(), input);
        }
        catch (InvalidInputException e) {
            model.addAttribute("rule", input);
            return ruleFormView(model, e.errors());
        }
        redirect.addFlashAttribute(FLASH, "earlywarning.rule.saved");
        return "redirect:/early-warning/rules/" + input.code();
    }

    // Settings

    @GetMapping("/settings")
    @PreAuthorize(MANAGE)
    String settings(Model model) {
        var organisation = CurrentUser.require().organisationId();
        var settings = service.settings(organisation);
        var lines = new StringBuilder();
        units.tree(organisation).stream().filter(n -> settings.unitTypes().containsKey(n.unit().id().value()))
                .forEach(n -> lines.append(n.unit().code()).append('=')
                        .append(settings.unitTypes().get(n.unit().id().value())).append('\n'));
        model.addAttribute("settings", settings);
        model.addAttribute("unitTypes", lines.toString());
        model.addAttribute("roles", List.of(Roles.INTEGRITY_COORDINATOR, Roles.PERSONNEL_CARE, Roles.LINE_MANAGER,
                Roles.CONFIDENTIAL_PERSON, Roles.PREVENTION_ADVISER, Roles.CHIEF_OF_POLICE));
        return "earlywarning/settings";
    }

    @PostMapping("/settings")
    @PreAuthorize(MANAGE)
    String saveSettings(@RequestParam String reviewerRole, @RequestParam int expiryMonths,
            @RequestParam(defaultValue = "") String unitTypes, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var byCode = new HashMap<String, UUID>();
        units.tree(user.organisationId()).forEach(n -> byCode.put(n.unit().code(), n.unit().id().value()));
        var types = new HashMap<UUID, String>();
        try {
            unitTypes.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
                int eq = line.indexOf('=');
                UUID unit = eq < 0 ? null : byCode.get(line.substring(0, eq).strip());
                if (unit == null) {
                    throw InvalidInputException.of("unitTypes", line);
                }
                types.put(unit, line.substring(eq + 1).strip());
            });
            service.saveSettings(user, reviewerRole, expiryMonths, types);
            redirect.addFlashAttribute(FLASH, "earlywarning.settings.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute(FLASH, "earlywarning.settings.invalid");
        }
        return "redirect:/early-warning/settings";
    }

    // Exposure

    @GetMapping("/exposure")
    @PreAuthorize(MANAGE)
    String exposure(Model model) {
        model.addAttribute("rows", service.exposure(CurrentUser.require()));
        model.addAttribute("header", ExposureCsv.HEADER);
        return "earlywarning/exposure";
    }

    @PostMapping("/exposure")
    @PreAuthorize(MANAGE)
    String importExposure(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        var user = CurrentUser.require();
        try {
            int n = service.importExposure(user, ExposureCsv.parse(new String(file.getBytes(),
                    StandardCharsets.UTF_8)));
            redirect.addFlashAttribute("imported", n);
            redirect.addFlashAttribute(FLASH, "earlywarning.exposure.imported");
            return "redirect:/early-warning/exposure";
        }
        catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.errors().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(x -> x.getKey() + ": " + x.getValue()).toList());
            return exposure(model);
        }
    }

    // Alerts

    @GetMapping("/inbox")
    @PreAuthorize("hasAuthority('earlywarning.review')")
    String inbox(Model model) {
        model.addAttribute("alerts", service.inbox(CurrentUser.require()));
        return "earlywarning/inbox";
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('earlywarning.own')")
    String mine(Model model) {
        model.addAttribute("alerts", service.mine(CurrentUser.require()));
        return "earlywarning/mine";
    }

    @GetMapping("/alerts/{id}")
    @PreAuthorize("hasAnyAuthority('earlywarning.manage', 'earlywarning.review', 'earlywarning.own')")
    String alert(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var alert = service.alert(user, id);
        model.addAttribute("alert", alert);
        model.addAttribute("mayReview", service.mayReview(user, alert) && !alert.expired());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("informedWays", InformedHow.values());
        model.addAttribute("today", service.today());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "earlywarning/alert";
    }

    @PostMapping("/alerts/{id}/assessment")
    @PreAuthorize("hasAnyAuthority('earlywarning.manage', 'earlywarning.review')")
    String assess(@PathVariable UUID id, @RequestParam(defaultValue = "") String assessment,
            @RequestParam(required = false) @Nullable Outcome outcome, Model model, RedirectAttributes redirect) {
        try {
            service.assess(CurrentUser.require(), id, assessment, outcome);
        }
        catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return alert(id, model);
        }
        redirect.addFlashAttribute(FLASH, "earlywarning.alert.assessed");
        return "redirect:/early-warning/alerts/" + id;
    }

    @PostMapping("/alerts/{id}/informed")
    @PreAuthorize("hasAnyAuthority('earlywarning.manage', 'earlywarning.review')")
    String informed(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate informedOn,
            @RequestParam(required = false) @Nullable InformedHow informedHow, Model model,
            RedirectAttributes redirect) {
        try {
            service.informed(CurrentUser.require(), id, informedOn, informedHow);
        }
        catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return alert(id, model);
        }
        redirect.addFlashAttribute(FLASH, "earlywarning.alert.informedSaved");
        return "redirect:/early-warning/alerts/" + id;
    }
}
