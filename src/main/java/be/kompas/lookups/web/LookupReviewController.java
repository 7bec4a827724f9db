package be.kompas.lookups.web;

import java.io.IOException;
import java.time.LocalDate;
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
import org.springframework.web.util.UriComponentsBuilder;

import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.lookups.engine.Reason;
import be.kompas.lookups.internal.AlertQuery;
import be.kompas.lookups.internal.ImportService;
import be.kompas.lookups.internal.InvalidDataSetException;
import be.kompas.lookups.internal.ReviewService;
import be.kompas.lookups.internal.ReviewService.RuleChoice;

/**
 * The review of look-ups: imports with their progress, the queue in pseudonyms, one alert with its context and the
 * decision on it, and the four-eyes reveal of identities.
 */
@Controller
@RequestMapping("/lookups")
@PreAuthorize("hasAuthority('lookups.review')")
class LookupReviewController {

    static final String IMPORTS_VIEW = "lookups/imports";
    static final String IMPORT_VIEW = "lookups/import";
    static final String PROGRESS_FRAGMENT = "lookups/import :: progress";
    static final String QUEUE_VIEW = "lookups/queue";
    static final String ALERT_VIEW = "lookups/alert";
    static final String REVEALS_VIEW = "lookups/reveals";
    static final String RULES_VIEW = "lookups/rules";
    static final int PAGE_SIZE = 25;
    private static final java.util.List<String> STATUSES = java.util.List.of("OPEN", "JUSTIFIED", "UNJUSTIFIED");

    private final ImportService imports;
    private final ReviewService review;

    LookupReviewController(ImportService imports, ReviewService review) {
        this.imports = imports;
        this.review = review;
    }

    @GetMapping
    String imports(Model model) {
        model.addAttribute("imports", review.imports(CurrentUser.require()));
        return IMPORTS_VIEW;
    }

    @PostMapping("/imports")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("flash", "lookups.import.error.empty");
            return "redirect:/lookups";
        }
        try {
            var id = imports.upload(CurrentUser.require(), String.valueOf(file.getOriginalFilename()),
                    file.getInputStream());
            return "redirect:/lookups/imports/" + id;
        }
        catch (InvalidDataSetException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/lookups";
        }
    }

    @GetMapping("/imports/{id}")
    String importPage(@PathVariable UUID id, Model model) {
        addImport(id, model);
        return IMPORT_VIEW;
    }

    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        addImport(id, model);
        return PROGRESS_FRAGMENT;
    }

    /** The import, and once it is done, its samples per team and month. */
    private void addImport(UUID id, Model model) {
        var user = CurrentUser.require();
        var lookupImport = review.importOf(user, id);
        model.addAttribute("lookupImport", lookupImport);
        if (lookupImport.done()) {
            model.addAttribute("sampleTeams", review.samples(user, id));
        }
    }

    @PostMapping("/imports/{id}/samples")
    String sendSample(@PathVariable UUID id, @RequestParam String team, @RequestParam(defaultValue = "") String month,
            RedirectAttributes redirect) {
        return outcome("redirect:/lookups/imports/" + id, redirect, "lookups.samples.sent",
                () -> review.sendSample(CurrentUser.require(), id, team, month));
    }

    @GetMapping("/alerts")
    String queue(@RequestParam(required = false) @Nullable UUID importId,
            @RequestParam(required = false) @Nullable Reason reason,
            @RequestParam(defaultValue = "") String officer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        String officerFilter = officer.strip().toUpperCase(java.util.Locale.ROOT);
        String statusFilter = STATUSES.contains(status) ? status : null;
        var query = new AlertQuery(importId, reason == null ? null : reason.name(),
                officerFilter.isEmpty() ? null : officerFilter, from, to, statusFilter);
        if (importId != null) {
            model.addAttribute("lookupImport", review.importOf(user, importId));
        }
        model.addAttribute("page", review.queue(user, query, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("query", query);
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("statuses", STATUSES);
        var filters = UriComponentsBuilder.newInstance();
        if (importId != null) {
            filters.queryParam("importId", importId);
        }
        if (reason != null) {
            filters.queryParam("reason", reason);
        }
        if (!officerFilter.isEmpty()) {
            filters.queryParam("officer", officerFilter);
        }
        if (from != null) {
            filters.queryParam("from", from);
        }
        if (to != null) {
            filters.queryParam("to", to);
        }
        if (statusFilter != null) {
            filters.queryParam("status", statusFilter);
        }
        String filterQuery = filters.encode().build().getQuery();
        model.addAttribute("filters", filterQuery == null ? "" : "&" + filterQuery);
        return QUEUE_VIEW;
    }

    @GetMapping("/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", review.view(CurrentUser.require(), id));
        model.addAttribute("ruleChoices", RuleChoice.values());
        return ALERT_VIEW;
    }

    @PostMapping("/alerts/{id}/justify")
    String justify(@PathVariable UUID id, @RequestParam(defaultValue = "") String explanation,
            @RequestParam(defaultValue = "NONE") RuleChoice rule,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            RedirectAttributes redirect) {
        return decided(id, redirect, "lookups.alert.justified",
                () -> review.justify(CurrentUser.require(), id, explanation, rule, until));
    }

    @PostMapping("/alerts/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "") String explanation,
            RedirectAttributes redirect) {
        return decided(id, redirect, "lookups.alert.forwarded",
                () -> review.confirm(CurrentUser.require(), id, explanation));
    }

    @PostMapping("/alerts/{id}/reveal")
    String requestReveal(@PathVariable UUID id, @RequestParam(defaultValue = "") String motivation,
            RedirectAttributes redirect) {
        return decided(id, redirect, "lookups.reveal.requested",
                () -> review.requestReveal(CurrentUser.require(), id, motivation));
    }

    /** Runs a change on one alert and returns to it with its outcome, or the rule it broke, as the flash message. */
    private static String decided(UUID id, RedirectAttributes redirect, String doneKey, Runnable change) {
        return outcome("redirect:/lookups/alerts/" + id, redirect, doneKey, change);
    }

    private static String outcome(String view, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", doneKey);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", e.errors().values().iterator().next());
        }
        return view;
    }

    @GetMapping("/reveals")
    String reveals(Model model) {
        model.addAttribute("reveals", review.pendingReveals(CurrentUser.require()));
        return REVEALS_VIEW;
    }

    @PostMapping("/reveals/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        review.approveReveal(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "lookups.reveal.approved");
        return "redirect:/lookups/reveals";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", review.rules(CurrentUser.require()));
        return RULES_VIEW;
    }
}
