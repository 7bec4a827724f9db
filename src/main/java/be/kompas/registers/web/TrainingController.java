package be.kompas.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.registers.OathKind;
import be.kompas.registers.OathRegister;
import be.kompas.registers.RegisterPermissions;
import be.kompas.registers.TrainingCourse;
import be.kompas.registers.TrainingRegister;

/**
 * The training register and the oath register: a staff member records their own course or oath; the training service
 * records anyone's (by personnel number), sees who is due or has no oath on record, the statistics and the export.
 */
@Controller
@RequestMapping("/registers")
@PreAuthorize("hasAnyAuthority('registers.file', 'registers.training.manage')")
class TrainingController {

    static final String TRAINING_VIEW = "registers/training";
    static final String OATH_VIEW = "registers/oath";
    static final String PLAN_VIEW = "registers/training-plan";

    private final TrainingRegister training;
    private final OathRegister oaths;
    private final StaffDirectory directory;
    private final Clock clock;

    TrainingController(TrainingRegister training, OathRegister oaths, StaffDirectory directory, Clock clock) {
        this.training = training;
        this.oaths = oaths;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/training")
    String training(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("courses", training.courses(user.organisationId()).stream().filter(TrainingCourse::active)
                .toList());
        model.addAttribute("due", user.can(RegisterPermissions.TRAINING_MANAGE) ? training.due(user) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return RegisterPages.list(model, training, page, clock, TRAINING_VIEW);
    }

    @PostMapping("/training")
    String recordTraining(@RequestParam(defaultValue = "") String personnelNumber, @RequestParam String courseCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        return save(redirect, "/registers/training", "registers.training.recorded",
                () -> training.record(user, staff(user, personnelNumber), courseCode, completedOn, note));
    }

    /** The training plan (action O2): which course is mandatory for whom, and how often. */
    @GetMapping("/training/plan")
    @PreAuthorize("hasAuthority('registers.training.manage')")
    String plan(@RequestParam(required = false) @Nullable String code, Model model) {
        var organisation = CurrentUser.require().organisationId();
        var courses = training.courses(organisation);
        model.addAttribute("courses", courses);
        model.addAttribute("functions", training.functionNames(organisation));
        model.addAttribute("editing", courses.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null));
        return PLAN_VIEW;
    }

    @PostMapping("/training/plan")
    @PreAuthorize("hasAuthority('registers.training.manage')")
    String saveCourse(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean dilemma,
            @RequestParam(defaultValue = "false") boolean mandatoryAll,
            @RequestParam(defaultValue = "") List<String> mandatoryFunctions,
            @RequestParam(required = false) @Nullable Integer renewalMonths,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        var course = new TrainingCourse(code.strip(), name, dilemma, mandatoryAll, mandatoryFunctions, renewalMonths,
                active);
        try {
            training.saveCourse(CurrentUser.require(), course);
            redirect.addFlashAttribute("flash", "registers.plan.saved");
            return "redirect:/registers/training/plan";
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.plan.invalid");
            redirect.addFlashAttribute("problems", e.errors());
            return "redirect:/registers/training/plan";
        }
    }

    @GetMapping("/training/statistics")
    @PreAuthorize("hasAuthority('registers.training.manage')")
    String trainingStatistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, training, year, clock, "registers.training.statistics",
                "/registers/training");
    }

    @GetMapping("/training/export")
    @PreAuthorize("hasAuthority('registers.training.manage')")
    ResponseEntity<byte[]> trainingExport(@RequestParam int year) {
        return RegisterPages.export(training, year, "training", List.of("id", "staff_member", "unit", "course_code",
                "course", "dilemma", "completed_on", "note"), t -> List.of(t.id().toString(), t.staffName(),
                        t.unitName(), t.courseCode(), t.courseName(), String.valueOf(t.dilemma()),
                        t.completedOn().toString(), t.note()));
    }

    @GetMapping("/oath")
    String oath(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("kinds", OathKind.values());
        model.addAttribute("withoutOath", user.can(RegisterPermissions.TRAINING_MANAGE) ? oaths.withoutOath(user)
                : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return RegisterPages.list(model, oaths, page, clock, OATH_VIEW);
    }

    @PostMapping("/oath")
    String recordOath(@RequestParam(defaultValue = "") String personnelNumber, @RequestParam OathKind kind,
            @RequestParam(defaultValue = "") String document,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        return save(redirect, "/registers/oath", "registers.oath.recorded",
                () -> oaths.record(user, staff(user, personnelNumber), kind, document, signedOn));
    }

    @GetMapping("/oath/export")
    @PreAuthorize("hasAuthority('registers.training.manage')")
    ResponseEntity<byte[]> oathExport(@RequestParam int year) {
        return RegisterPages.export(oaths, year, "oath", List.of("id", "staff_member", "unit", "kind", "document",
                "signed_on"), o -> List.of(o.id().toString(), o.staffName(), o.unitName(), o.kind().name(),
                        o.document(), o.signedOn().toString()));
    }

    /** The caller's own record, or with a personnel number the named staff member's (the facade checks who may). */
    private StaffMemberId staff(KompasUser user, String personnelNumber) {
        if (personnelNumber.isBlank()) {
            return Own.staff(user);
        }
        return directory.findByPersonnelNumber(user.organisationId(), personnelNumber.strip())
                .map(s -> s.id()).orElseThrow(() -> InvalidInputException.of("personnelNumber", "is not known"));
    }

    private static String save(RedirectAttributes redirect, String path, String flash, Runnable save) {
        try {
            save.run();
            redirect.addFlashAttribute("flash", flash);
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.training.invalid");
            redirect.addFlashAttribute("problems", e.errors());
        }
        return "redirect:" + path;
    }
}
