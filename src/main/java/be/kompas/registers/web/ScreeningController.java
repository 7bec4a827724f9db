package be.kompas.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.people.StaffDirectory;
import be.kompas.registers.DueScreening;
import be.kompas.registers.ScreeningKind;
import be.kompas.registers.ScreeningOutcome;
import be.kompas.registers.ScreeningRegister;

/** Screenings: who is due or overdue, planning one, and recording its outcome (HR and oversight only). */
@Controller
@RequestMapping("/registers/screenings")
@PreAuthorize("hasAuthority('registers.screening.manage')")
class ScreeningController {

    static final String VIEW = "registers/screenings";

    private final ScreeningRegister register;
    private final StaffDirectory directory;
    private final Clock clock;

    ScreeningController(ScreeningRegister register, StaffDirectory directory, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("page", register.list(user, PageRequest.of(page, 25)));
        var due = register.due(user);
        model.addAttribute("overdue", due.stream().filter(DueScreening::overdue).toList());
        model.addAttribute("due", due.stream().filter(d -> !d.overdue()).toList());
        model.addAttribute("kinds", ScreeningKind.values());
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return VIEW;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, register, year, clock, "registers.screening.statistics",
                "/registers/screenings");
    }

    /** Outcomes are in the export: only HR and oversight reach it, as the whole controller. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        return RegisterPages.export(register, year, "screenings", List.of("id", "staff_member", "kind", "due_on",
                "done_on", "outcome"), s -> List.of(s.id().toString(), s.staffName(), s.kind().name(),
                        s.dueOn().toString(), s.doneOn() == null ? "" : s.doneOn().toString(),
                        s.outcome() == null ? "" : s.outcome().name()));
    }

    @PostMapping
    String schedule(@RequestParam String personnelNumber, @RequestParam ScreeningKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var member = directory.findByPersonnelNumber(user.organisationId(), personnelNumber.strip());
        if (member.isEmpty()) {
            redirect.addFlashAttribute("flash", "registers.screening.unknownStaff");
            return "redirect:/registers/screenings";
        }
        register.schedule(user, member.get().id(), kind, dueOn);
        redirect.addFlashAttribute("flash", "registers.screening.scheduled");
        return "redirect:/registers/screenings";
    }

    @PostMapping("/{id}/outcome")
    String record(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam ScreeningOutcome outcome, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            register.record(CurrentUser.require(), id, doneOn, outcome, note);
            redirect.addFlashAttribute("flash", "registers.screening.recorded");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.screening.invalidDate");
        }
        return "redirect:/registers/screenings";
    }
}
