package be.kompas.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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

import be.kompas.calendar.BelgianHolidays;
import be.kompas.calendar.DayOff;
import be.kompas.calendar.WorkingDays;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Formats;
import be.kompas.identity.CurrentUser;
import jakarta.validation.Valid;

/** The organisation's days off, beside this year's public holidays. */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAuthority('calendar.manage')")
class CalendarController {

    static final String VIEW = "calendar/days-off";

    private final WorkingDays workingDays;
    private final Clock clock;

    CalendarController(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new DayOffForm());
        return page(model, LocalDate.now(clock.withZone(Formats.ZONE)).getYear());
    }

    private String page(Model model, int year) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", BelgianHolidays.of(year));
        model.addAttribute("daysOff", workingDays.daysOff(CurrentUser.require().organisationId()));
        return VIEW;
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") DayOffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        if (binding.hasErrors()) {
            return page(model, year);
        }
        try {
            workingDays.addDayOff(CurrentUser.require().organisationId(),
                    new DayOff(form.getDate(), form.getLabel()));
        }
        catch (InvalidInputException e) {
            e.errors().forEach((field, message) -> binding.rejectValue(field, "calendar.invalid." + field, message));
            return page(model, year);
        }
        redirect.addFlashAttribute("flash", "calendar.added");
        return "redirect:/calendar";
    }

    @PostMapping("/remove")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        workingDays.removeDayOff(CurrentUser.require().organisationId(), date);
        redirect.addFlashAttribute("flash", "calendar.removed");
        return "redirect:/calendar";
    }
}
