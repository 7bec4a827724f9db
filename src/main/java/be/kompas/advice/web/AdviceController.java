package be.kompas.advice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.ForwardTarget;
import be.kompas.advice.WhistleblowerRouting;
import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.AdviceRegrants;
import be.kompas.advice.internal.NoReportKeyException;
import be.kompas.core.attachments.InlineFile;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.Roles;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;

/**
 * The Advice Point inside Kompas: the deadline board, and one report with its conversation. Content is shown only in
 * the page, decrypted with the reader's own key; there is no download.
 */
@Controller
@RequestMapping("/advice")
@PreAuthorize("hasAuthority('" + AdvicePermissions.HANDLE + "')")
class AdviceController {

    static final String BOARD = "advice/board";
    static final String REPORT = "advice/report";

    private final AdviceService advice;
    private final AdviceRegrants regrants;
    private final UserManagement users;
    private final ReporterForms forms;

    AdviceController(AdviceService advice, AdviceRegrants regrants, UserManagement users, ReporterForms forms) {
        this.advice = advice;
        this.regrants = regrants;
        this.users = users;
        this.forms = forms;
    }

    @ModelAttribute("categoryLabels")
    Map<String, String> categoryLabels(Locale locale) {
        return forms.categories(CurrentUser.require().organisationId(), locale);
    }

    @GetMapping
    String board(@RequestParam(defaultValue = "0") int page, Model model) {
        var reports = advice.workList(CurrentUser.require(), PageRequest.of(page, 50));
        model.addAttribute("reports", reports.content());
        model.addAttribute("page", reports);
        model.addAttribute("today", advice.today());
        return BOARD;
    }

    /** Users who made a new key pair and wait for the facilitator to grant them their reports again. */
    @GetMapping("/regrants")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String regrants(Model model) {
        model.addAttribute("pending", regrants.pending(CurrentUser.require()));
        return "advice/regrants";
    }

    @PostMapping("/regrants/{userId}")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String regrant(@PathVariable UUID userId, RedirectAttributes redirect) {
        var result = regrants.regrant(CurrentUser.require(), userId);
        redirect.addFlashAttribute("granted", result.granted());
        redirect.addFlashAttribute("skipped", result.skipped());
        return "redirect:/advice/regrants";
    }

    @GetMapping("/{id}")
    String report(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("summary", advice.summary(user, id));
        try {
            var details = advice.read(user, id);
            model.addAttribute("details", details);
            model.addAttribute("assignedNames", details.assignedCoaches().stream()
                    .flatMap(coach -> users.find(user.organisationId(), coach).stream())
                    .map(UserSummary::displayName).toList());
        } catch (NoReportKeyException e) {
            model.addAttribute("noKey", e.reason().name());
            model.addAttribute("assignedNames", List.of());
        }
        if (user.can(AdvicePermissions.MANAGE)) {
            model.addAttribute("coaches", users.withRole(user.organisationId(), Roles.INTEGRITY_COACH));
        }
        model.addAttribute("targets", ForwardTarget.values());
        model.addAttribute("routings", WhistleblowerRouting.values());
        return REPORT;
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String assign(@PathVariable UUID id, @RequestParam UUID coach, RedirectAttributes redirect) {
        advice.assign(CurrentUser.require(), id, coach);
        return done(id, "advice.report.assigned", redirect);
    }

    @PostMapping("/{id}/recuse")
    String recuse(@PathVariable UUID id, RedirectAttributes redirect) {
        advice.recuse(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "advice.report.recused");
        return "redirect:/advice";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        advice.acknowledge(CurrentUser.require(), id, required(text));
        return done(id, "advice.report.acknowledged", redirect);
    }

    @PostMapping("/{id}/messages")
    String message(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        advice.message(CurrentUser.require(), id, required(text));
        return done(id, "advice.report.messageSent", redirect);
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        advice.answer(CurrentUser.require(), id, required(text));
        return done(id, "advice.report.answered", redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        advice.close(CurrentUser.require(), id);
        return done(id, "advice.report.closed", redirect);
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable UUID id, @RequestParam ForwardTarget target,
            @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        advice.forward(CurrentUser.require(), id, target, text.strip());
        return done(id, "advice.report.forwarded", redirect);
    }

    @PostMapping("/{id}/whistleblower")
    String whistleblower(@PathVariable UUID id, @RequestParam(required = false) @Nullable WhistleblowerRouting routing,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate
                    adverseMeasureOn, RedirectAttributes redirect) {
        advice.recordWhistleblowerFollowUp(CurrentUser.require(), id, routing, adverseMeasureOn);
        return done(id, "advice.report.followUpSaved", redirect);
    }

    /** Shown inline in the browser, never offered as a download, and not kept in any cache. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var content = advice.attachment(CurrentUser.require(), id, attachmentId);
        return InlineFile.of(content.filename(), content.mediaType(), content.bytes());
    }

    @ExceptionHandler(NoReportKeyException.class)
    ModelAndView noKey() {
        return new ModelAndView("error", Map.of("status", 403), HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return new ModelAndView("error", Map.of("status", 400), HttpStatus.BAD_REQUEST);
    }

    private static String required(String text) {
        if (text.isBlank()) {
            throw InvalidInputException.of("text", "is empty");
        }
        return text.strip();
    }

    private static String done(UUID id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/advice/" + id;
    }
}
