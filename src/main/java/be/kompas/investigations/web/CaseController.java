package be.kompas.investigations.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.complaints.FactCode;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.investigations.Bureau;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Origin;
import be.kompas.investigations.Outcome;
import be.kompas.investigations.RiskFamily;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseService;
import be.kompas.investigations.internal.CaseView;
import be.kompas.investigations.internal.InvestigationSettings;
import jakarta.servlet.http.HttpServletResponse;

/** The case pages: list, register, opening, one case with its triage, track steps, decision and duties. */
@Controller
@RequestMapping("/investigations")
class CaseController {

    static final String LIST_VIEW = "investigations/list";
    static final String REGISTER_VIEW = "investigations/register";
    static final String NEW_VIEW = "investigations/new";
    static final String DETAIL_VIEW = "investigations/detail";
    static final String MINE_VIEW = "investigations/mine";
    static final String MINE_DETAIL_VIEW = "investigations/mine-detail";
    static final String SETTINGS_VIEW = "investigations/settings";

    static final String READ = "hasAnyAuthority('investigations.oversee', 'investigations.investigate',"
            + " 'investigations.decide')";

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("tracks", Track.values());
        model.addAttribute("bureaus", Bureau.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("factCodes", FactCode.values());
        model.addAttribute("riskFamilies", RiskFamily.values());
        model.addAttribute("manualOrigins", Arrays.stream(Origin.values()).filter(Origin::manual).toList());
    }

    @GetMapping
    @PreAuthorize(READ)
    String list(@RequestParam(required = false) @Nullable CaseStatus status, Model model) {
        var user = CurrentUser.require();
        var rows = cases.readable(user, status);
        model.addAttribute("cases", rows);
        model.addAttribute("flags", cases.flags(user, rows));
        model.addAttribute("status", status);
        return LIST_VIEW;
    }

    @GetMapping("/register")
    @PreAuthorize("hasAnyAuthority('investigations.register', 'investigations.oversee', 'investigations.decide')")
    String register(Model model) {
        model.addAttribute("cases", cases.register(CurrentUser.require()));
        return REGISTER_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.report')")
    String newCase(Model model) {
        model.addAttribute("receivedOn", LocalDate.now(Formats.ZONE));
        model.addAttribute("latest", LocalDate.now(Formats.ZONE));
        return NEW_VIEW;
    }

    /** Refusals answer 400 with the form again, the entries kept and each refusal at its field. */
    @PostMapping("/new")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.report')")
    String open(@RequestParam(defaultValue = "DUTY_TO_ACT") Origin origin,
            @RequestParam(defaultValue = "INTERNAL_OVERSIGHT") Bureau bureau, @RequestParam String summary,
            @RequestParam(required = false) @Nullable String originReference,
            @RequestParam(defaultValue = "") String personnelNumbers,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            UUID id = cases.open(user, origin, bureau, summary, originReference,
                    Arrays.stream(personnelNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(), receivedOn);
            redirect.addFlashAttribute("flash", "investigations.flash.opened");
            return CaseAccessRedirect.after(user, id);
        }
        catch (InvalidInputException e) {
            model.addAttribute("rejected", e.errors().values());
            model.addAttribute("fieldErrors", e.errors());
            model.addAttribute("receivedOn", receivedOn == null ? LocalDate.now(Formats.ZONE) : receivedOn);
            model.addAttribute("latest", LocalDate.now(Formats.ZONE));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return NEW_VIEW;
        }
    }

    @GetMapping("/reported")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.report')")
    String reported() {
        return "investigations/reported";
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable Track check,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hearingOn,
            @RequestParam(required = false) @Nullable UUID announceTo, Model model) {
        var user = CurrentUser.require();
        var view = show(id, model);
        if (check != null) {
            model.addAttribute("checked", check);
            model.addAttribute("checkFindings", cases.check(user, id, check));
        }
        if (announceTo != null && hearingOn != null && view.row().track() != null) {
            view.staff().stream().filter(s -> s.id().equals(announceTo)).findFirst().ifPresent(s -> model
                    .addAttribute("draft", cases.announcement(view.row(), s, hearingOn, locale())));
        }
        return DETAIL_VIEW;
    }

    private CaseView show(UUID id, Model model) {
        var user = CurrentUser.require();
        var view = cases.view(user, id);
        model.addAttribute("item", view);
        model.addAttribute("investigators", cases.investigators(user));
        model.addAttribute("sanctions", cases.sanctions());
        model.addAttribute("today", LocalDate.now(Formats.ZONE));
        if (!model.containsAttribute("extension")) {
            model.addAttribute("extension", new ExtensionForm());
        }
        return view;
    }

    /**
     * The one extension of a whistleblower investigation term. A refusal answers 400 with the case page, the
     * refusals at their fields of the {@code extension} form.
     */
    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.investigate')")
    String extend(@PathVariable UUID id, @ModelAttribute("extension") ExtensionForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            cases.extend(CurrentUser.require(), id, form.weeksOrZero(), form.getReason());
            redirect.addFlashAttribute("flash", "investigations.flash.extended");
            return "redirect:/investigations/" + id;
        }
        catch (InvalidInputException e) {
            e.errors().forEach((field, message) -> {
                if (field.equals("weeks") || field.equals("reason")) {
                    binding.rejectValue(field, message, message);
                }
                else {
                    binding.reject(message, message);
                }
            });
            model.addAttribute("rejected", e.errors().values());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(id, model);
            return DETAIL_VIEW;
        }
    }

    @PostMapping("/{id}/triage")
    @PreAuthorize(READ)
    String triage(@PathVariable UUID id, @RequestParam String facts,
            @RequestParam(required = false) @Nullable List<String> factCodes,
            @RequestParam(required = false) @Nullable List<String> families,
            @RequestParam(required = false) @Nullable String advice,
            @RequestParam(defaultValue = "false") boolean loggingNeeded,
            @RequestParam(defaultValue = "false") boolean criminalElements,
            @RequestParam(defaultValue = "false") boolean mediaSensitive,
            @RequestParam(defaultValue = "false") boolean measuresExpected, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.triaged", () -> cases.triage(CurrentUser.require(), id, facts,
                factCodes == null ? List.of() : factCodes, families == null ? List.of() : families, advice,
                loggingNeeded, criminalElements, mediaSensitive, measuresExpected));
    }

    @PostMapping("/{id}/track")
    @PreAuthorize("hasAuthority('investigations.decide')")
    String track(@PathVariable UUID id, @RequestParam Track track,
            @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.track",
                () -> cases.chooseTrack(CurrentUser.require(), id, track, reason));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('investigations.oversee')")
    String assign(@PathVariable UUID id, @RequestParam UUID investigator, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.assigned",
                () -> cases.assign(CurrentUser.require(), id, investigator));
    }

    @PostMapping("/{id}/staff")
    @PreAuthorize(READ)
    String addStaff(@PathVariable UUID id, @RequestParam String personnelNumber, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.staff",
                () -> cases.addStaff(CurrentUser.require(), id, personnelNumber));
    }

    @PostMapping("/{id}/performance")
    @PreAuthorize(READ)
    String performance(@PathVariable UUID id, @RequestParam UUID concerned, @RequestParam String manager,
            RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.performance",
                () -> cases.performanceProcess(CurrentUser.require(), id, concerned, manager));
    }

    @PostMapping("/{id}/announce")
    @PreAuthorize(READ)
    String announce(@PathVariable UUID id, @RequestParam UUID concerned,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hearingOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.announced",
                () -> cases.announce(CurrentUser.require(), id, concerned, hearingOn, locale()));
    }

    @PostMapping("/{id}/hearing")
    @PreAuthorize(READ)
    String hearing(@PathVariable UUID id, @RequestParam UUID concerned,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam String verbatim, @RequestParam(required = false) @Nullable String representative,
            RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.heard",
                () -> cases.hearing(CurrentUser.require(), id, concerned, heldOn, verbatim, representative));
    }

    @PostMapping("/{id}/step")
    @PreAuthorize(READ)
    String step(@PathVariable UUID id, @RequestParam String kind, @RequestParam String text,
            RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.step", () -> cases.addStep(CurrentUser.require(), id, kind,
                text));
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize(READ)
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.document", () -> {
            try {
                cases.upload(CurrentUser.require(), id, file.getOriginalFilename() == null ? ""
                        : file.getOriginalFilename(), file.getContentType() == null ? "application/octet-stream"
                                : file.getContentType(), file.getBytes());
            }
            catch (IOException e) {
                throw InvalidInputException.of("file", "investigations.invalid.file");
            }
        });
    }

    @GetMapping("/{id}/documents/{document}")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.investigate', 'investigations.decide',"
            + " 'investigations.own')")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID document) {
        var file = cases.document(CurrentUser.require(), id, document);
        // Always a download, never shown inline: an uploaded HTML or SVG file must not run in Kompas' origin.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/{id}/open-file")
    @PreAuthorize(READ)
    String openFile(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.fileOpened", () -> cases.openFile(CurrentUser.require(), id));
    }

    @PostMapping("/{id}/measure")
    @PreAuthorize("hasAuthority('investigations.decide')")
    String measure(@PathVariable UUID id, @RequestParam String code,
            @RequestParam(required = false) @Nullable UUID concerned,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.measure",
                () -> cases.measure(CurrentUser.require(), id, code, concerned, startsOn, endsOn, note));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('investigations.decide')")
    String decide(@PathVariable UUID id, @RequestParam Outcome outcome,
            @RequestParam(required = false) @Nullable String sanction, @RequestParam String text,
            @RequestParam(defaultValue = "") String anonymisedFacts, @RequestParam(defaultValue = "") String aggravating,
            @RequestParam(defaultValue = "") String mitigating, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.decided", () -> cases.decide(CurrentUser.require(), id,
                outcome, sanction, text, anonymisedFacts, lines(aggravating), lines(mitigating)));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @PostMapping("/{id}/duties/{duty}/sent")
    @PreAuthorize(READ)
    String sent(@PathVariable UUID id, @PathVariable UUID duty,
            @RequestParam(required = false) @Nullable String recipientName, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.sent",
                () -> cases.sent(CurrentUser.require(), id, duty, recipientName));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('investigations.decide')")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "investigations.flash.closed", () -> cases.close(CurrentUser.require(), id));
    }

    @PostMapping("/conflicts")
    @PreAuthorize("hasAnyAuthority('investigations.oversee', 'investigations.investigate')")
    String conflict(@RequestParam String personnelNumber, @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return attempt("/investigations", redirect, "investigations.flash.conflict",
                () -> cases.declareConflict(CurrentUser.require(), personnelNumber, reason));
    }

    // The staff member concerned

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('investigations.own')")
    String mine(Model model) {
        model.addAttribute("cases", cases.mine(CurrentUser.require()));
        return MINE_VIEW;
    }

    @GetMapping("/mine/{id}")
    @PreAuthorize("hasAuthority('investigations.own')")
    String mine(@PathVariable UUID id, Model model) {
        model.addAttribute("item", cases.mine(CurrentUser.require(), id));
        return MINE_DETAIL_VIEW;
    }

    @PostMapping("/mine/{id}/sign/{step}")
    @PreAuthorize("hasAuthority('investigations.own')")
    String sign(@PathVariable UUID id, @PathVariable UUID step, RedirectAttributes redirect) {
        return attempt("/investigations/mine/" + id, redirect, "investigations.flash.signed",
                () -> cases.sign(CurrentUser.require(), id, step));
    }

    // Settings

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('investigations.oversee')")
    String settings(Model model) {
        model.addAttribute("settings", cases.settings(CurrentUser.require()));
        model.addAttribute("defaults", InvestigationSettings.DEFAULTS);
        return SETTINGS_VIEW;
    }

    @PostMapping("/settings")
    @PreAuthorize("hasAuthority('investigations.oversee')")
    String saveSettings(@RequestParam int triageWorkingDays, @RequestParam int informWorkingDays,
            @RequestParam int investigationWorkingDays, @RequestParam int decisionWorkingDays,
            @RequestParam int warningWorkingDays, RedirectAttributes redirect) {
        return attempt("/investigations/settings", redirect, "investigations.flash.settings",
                () -> cases.saveSettings(CurrentUser.require(), new InvestigationSettings(triageWorkingDays,
                        informWorkingDays, investigationWorkingDays, decisionWorkingDays, warningWorkingDays)));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
        return attempt("/investigations/" + id, redirect, flash, action);
    }

    /** Runs an action and goes back to {@code path} with its flash message, or with the rules it broke. */
    private static String attempt(String path, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("rejected", e.errors().values());
        }
        return "redirect:" + path;
    }
}
