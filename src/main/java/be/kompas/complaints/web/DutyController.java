package be.kompas.complaints.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintInformationDuties;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The information duties: the open and overdue ones across complaints, with the periodic summary for the control
 * bodies (the period export), and the message of one duty to draft, edit and mark sent.
 */
@Controller
@RequestMapping("/complaints")
class DutyController {

    static final String DUTIES_VIEW = "complaints/duties";
    static final String DUTY_VIEW = "complaints/duty";

    private final ComplaintInformationDuties duties;
    private final ComplaintManagement complaints;
    private final Clock clock;

    DutyController(ComplaintInformationDuties duties, ComplaintManagement complaints, Clock clock) {
        this.duties = duties;
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping("/duties")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    String open(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var user = CurrentUser.require();
        model.addAttribute("page", duties.open(user, overdue, PageRequest.of(page, 25)));
        model.addAttribute("overdue", overdue);
        model.addAttribute("filters", overdue ? "&overdue=true" : "");
        // The periodic summary for Comité P and the AIG is the period export; by default the last full quarter.
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        var quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
        model.addAttribute("summaryFrom", quarterStart);
        model.addAttribute("summaryTo", quarterStart.plusMonths(3).minusDays(1));
        return DUTIES_VIEW;
    }

    @GetMapping("/{id}/duties/{duty}")
    @PreAuthorize("hasAuthority('complaints.handle')")
    String draft(@PathVariable UUID id, @PathVariable UUID duty,
            @RequestParam(required = false) @Nullable String language, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var complaint = new ComplaintId(id);
        var writeIn = language == null || language.isBlank() ? duties.recipientLanguage(user, complaint, duty)
                : Locale.forLanguageTag(language);
        try {
            model.addAttribute("message", duties.draft(user, complaint, duty, writeIn));
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("rejected", java.util.List.copyOf(e.errors().keySet()));
            return "redirect:/complaints/" + id;
        }
        return form(user, complaint, duty, writeIn.getLanguage(), null, model);
    }

    @PostMapping("/{id}/duties/{duty}/sent")
    @PreAuthorize("hasAuthority('complaints.handle')")
    String sent(@PathVariable UUID id, @PathVariable UUID duty, @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var complaint = new ComplaintId(id);
        try {
            duties.markSent(user, complaint, duty, message, Locale.forLanguageTag(language), sentOn);
            redirect.addFlashAttribute("flash", "complaints.flash.informed");
            return "redirect:/complaints/" + id;
        }
        catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("message", message);
            model.addAttribute("problems", e.errors());
            return form(user, complaint, duty, language, sentOn, model);
        }
    }

    private String form(be.kompas.identity.KompasUser user, ComplaintId complaint, UUID duty, String language,
            @Nullable LocalDate sentOn, Model model) {
        var item = complaints.view(user, complaint);
        model.addAttribute("item", item);
        model.addAttribute("duty", item.duties().stream().filter(d -> d.id().equals(duty)).findFirst()
                .orElseThrow());
        model.addAttribute("language", language);
        model.addAttribute("sentOn", sentOn == null ? LocalDate.now(clock.withZone(Formats.ZONE)) : sentOn);
        return DUTY_VIEW;
    }
}
