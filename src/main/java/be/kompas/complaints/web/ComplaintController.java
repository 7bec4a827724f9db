package be.kompas.complaints.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintInformationDuties;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.complaints.ComplaintQuery;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintTag;
import be.kompas.complaints.FactCode;
import be.kompas.complaints.Outcome;
import be.kompas.complaints.Route;
import be.kompas.complaints.ServiceLevel;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.core.attachments.InlineFile;
import be.kompas.core.attachments.UncleanableAttachmentException;
import be.kompas.core.attachments.Uploads;
import be.kompas.identity.CurrentUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.UnitId;
import be.kompas.people.Units;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The customer coordinator's pages: inbox, intake, one item with its steps, and the service level. */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

    static final String INBOX_VIEW = "complaints/inbox";
    static final String INTAKE_VIEW = "complaints/intake";
    static final String DETAIL_VIEW = "complaints/detail";
    static final String CLOSE_VIEW = "complaints/close";
    static final String SETTINGS_VIEW = "complaints/settings";
    static final String MINE_VIEW = "complaints/mine";

    private static final String HANDLE = "hasAuthority('complaints.handle')";
    private static final String READ = "hasAnyAuthority('complaints.handle', 'complaints.read')";

    private final ComplaintManagement complaints;
    private final ComplaintInformationDuties duties;
    private final StaffDirectory staff;
    private final Units units;
    private final Clock clock;

    ComplaintController(ComplaintManagement complaints, ComplaintInformationDuties duties, StaffDirectory staff,
            Units units, Clock clock) {
        this.complaints = complaints;
        this.duties = duties;
        this.staff = staff;
        this.units = units;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("factCodes", FactCode.values());
    }

    @GetMapping
    @PreAuthorize(READ)
    String inbox(@RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable ComplaintKind kind,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String fact,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        String factCode = fact == null || fact.isBlank() ? null : fact;
        var query = new ComplaintQuery(status, kind, channel, factCode, from, to, overdue);
        model.addAttribute("page", complaints.inbox(user, query, PageRequest.of(page, 25)));
        model.addAttribute("overdueCount", complaints.overdueCount(user));
        model.addAttribute("dutyCount", duties.openCount(user));
        model.addAttribute("query", query);
        model.addAttribute("filters", query.parameters());
        return INBOX_VIEW;
    }

    @GetMapping("/new")
    @PreAuthorize(HANDLE)
    String intakeForm(Model model) {
        var form = new IntakeForm();
        form.setReceivedOn(today());
        model.addAttribute("form", form);
        return INTAKE_VIEW;
    }

    @PostMapping("/new")
    @PreAuthorize(HANDLE)
    String register(@Valid @ModelAttribute("form") IntakeForm form, BindingResult binding,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var id = complaints.register(CurrentUser.require(), form.toNewComplaint(form.getChannel(),
                        java.util.Objects.requireNonNull(form.getReceivedOn()),
                        Locale.forLanguageTag(form.getLanguage())));
                redirect.addFlashAttribute("flash", "complaints.flash.registered");
                return "redirect:/complaints/" + id;
            }
            catch (InvalidInputException e) {
                e.errors().forEach((field, message) -> binding.reject("complaints.invalid." + field, message));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return INTAKE_VIEW;
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("item", complaints.view(CurrentUser.require(), new ComplaintId(id)));
        model.addAttribute("tags", ComplaintTag.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("outcomes", EnumSet.allOf(Outcome.class));
        model.addAttribute("units", units.tree(CurrentUser.require().organisationId()));
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize(HANDLE)
    String attach(@PathVariable UUID id, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            RedirectAttributes redirect) {
        try {
            return act(id, redirect, "complaints.flash.attached",
                    () -> complaints.attach(CurrentUser.require(), new ComplaintId(id), Uploads.of(files)));
        }
        catch (UncleanableAttachmentException e) {
            redirect.addFlashAttribute("refusedFile", e.messageKey());
            redirect.addFlashAttribute("refusedFileName", e.filename());
            return "redirect:/complaints/" + id;
        }
    }

    /** A file of the item, shown in the browser; handlers only, audited like every read of the item. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize(HANDLE)
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var file = complaints.attachment(CurrentUser.require(), new ComplaintId(id), attachmentId);
        return InlineFile.of(file.filename(), file.mediaType(), file.bytes());
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(HANDLE)
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.acknowledged",
                () -> complaints.acknowledge(CurrentUser.require(), new ComplaintId(id)));
    }

    @PostMapping("/{id}/classify")
    @PreAuthorize(HANDLE)
    String classify(@PathVariable UUID id, @RequestParam(defaultValue = "") String factCode,
            @RequestParam(required = false) @Nullable Set<ComplaintTag> tags, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.classified", () -> complaints.classify(CurrentUser.require(),
                new ComplaintId(id), factCode(factCode), tags == null ? Set.of() : tags));
    }

    static @Nullable FactCode factCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return FactCode.ofCode(code).orElseThrow(() -> InvalidInputException.of("factCode", "is no fact code"));
    }

    @PostMapping("/{id}/involve")
    @PreAuthorize(HANDLE)
    String involve(@PathVariable UUID id, @RequestParam String personnelNumber, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.involved", () -> {
            var user = CurrentUser.require();
            var member = staff.findByPersonnelNumber(user.organisationId(), personnelNumber)
                    .orElseThrow(() -> InvalidInputException.of("staff", "is not a staff member"));
            complaints.involve(user, new ComplaintId(id), member.id());
        });
    }

    @PostMapping("/{id}/involve-unit")
    @PreAuthorize(HANDLE)
    String involveUnit(@PathVariable UUID id, @RequestParam UUID unit, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.involved",
                () -> complaints.involveUnit(CurrentUser.require(), new ComplaintId(id), new UnitId(unit)));
    }

    @PostMapping("/{id}/uninvolve")
    @PreAuthorize(HANDLE)
    String uninvolve(@PathVariable UUID id, @RequestParam UUID involved, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.uninvolved",
                () -> complaints.uninvolve(CurrentUser.require(), new ComplaintId(id), involved));
    }

    @PostMapping("/{id}/route")
    @PreAuthorize(HANDLE)
    String route(@PathVariable UUID id, @RequestParam Route route, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.routed",
                () -> complaints.route(CurrentUser.require(), new ComplaintId(id), route, note));
    }

    @PostMapping("/{id}/link")
    @PreAuthorize(HANDLE)
    String link(@PathVariable UUID id, @RequestParam UUID earlier, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.linked",
                () -> complaints.linkDuplicate(CurrentUser.require(), new ComplaintId(id), new ComplaintId(earlier)));
    }

    @PostMapping("/{id}/forward")
    @PreAuthorize(HANDLE)
    String forward(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.forwarded",
                () -> complaints.forwardCompliment(CurrentUser.require(), new ComplaintId(id)));
    }

    /** The answer drafted from the outcome's template, for the coordinator to edit before closing. */
    @GetMapping("/{id}/close")
    @PreAuthorize(HANDLE)
    String closeForm(@PathVariable UUID id, @RequestParam Outcome outcome, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            model.addAttribute("answer", complaints.draftAnswer(user, new ComplaintId(id), outcome));
        }
        catch (InvalidInputException e) {
            return rejected(id, redirect, e);
        }
        model.addAttribute("item", complaints.view(user, new ComplaintId(id)));
        model.addAttribute("outcome", outcome);
        return CLOSE_VIEW;
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(HANDLE)
    String close(@PathVariable UUID id, @RequestParam Outcome outcome, @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect) {
        return act(id, redirect, "complaints.flash.closed",
                () -> complaints.close(CurrentUser.require(), new ComplaintId(id), outcome, answer, null));
    }

    private String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (InvalidInputException e) {
            return rejected(id, redirect, e);
        }
        return "redirect:/complaints/" + id;
    }

    /** The facade's findings, shown on the item's page in the reader's language. */
    private static String rejected(UUID id, RedirectAttributes redirect, InvalidInputException e) {
        redirect.addFlashAttribute("rejected", List.copyOf(e.errors().keySet()));
        return "redirect:/complaints/" + id;
    }

    @GetMapping("/settings")
    @PreAuthorize(HANDLE)
    String settings(Model model) {
        var level = complaints.serviceLevel(CurrentUser.require().organisationId());
        var form = new ServiceLevelForm();
        form.setAcknowledgeDays(level.acknowledgeDays());
        form.setAnswerDays(level.answerDays());
        model.addAttribute("form", form);
        model.addAttribute("openItems", complaints.openItems(CurrentUser.require()));
        return SETTINGS_VIEW;
    }

    @PostMapping("/settings")
    @PreAuthorize(HANDLE)
    String changeSettings(@Valid @ModelAttribute("form") ServiceLevelForm form, BindingResult binding,
            RedirectAttributes redirect, Model model) {
        if (!binding.hasErrors()) {
            try {
                int recalculated = complaints.changeServiceLevel(CurrentUser.require(),
                        new ServiceLevel(form.getAcknowledgeDays(), form.getAnswerDays()));
                redirect.addFlashAttribute("flash", "complaints.flash.settings");
                redirect.addFlashAttribute("recalculated", recalculated);
                return "redirect:/complaints/settings";
            }
            catch (InvalidInputException e) {
                e.errors().forEach((field, message) -> binding.rejectValue(field, "complaints.invalid." + field,
                        message));
            }
        }
        model.addAttribute("openItems", complaints.openItems(CurrentUser.require()));
        return SETTINGS_VIEW;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('complaints.own')")
    String mine(Model model) {
        model.addAttribute("items", complaints.concerning(CurrentUser.require()));
        return MINE_VIEW;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
