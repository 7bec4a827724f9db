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
import be.kompas.people.UnitId;
import be.kompas.people.Units;
import be.kompas.registers.AlcoholDrugTestInput;
import be.kompas.registers.AlcoholDrugTests;
import be.kompas.registers.DrawRequest;
import be.kompas.registers.SubstanceKind;
import be.kompas.registers.TestFollowUp;
import be.kompas.registers.TestResult;

/**
 * Random alcohol and drug tests: draw staff at random, record each result and its follow-up, statistics and export.
 * Only the dedicated permission; while the organisation does not run the tests the page says so and nothing else.
 */
@Controller
@RequestMapping("/registers/alcohol-drug-tests")
@PreAuthorize("hasAuthority('registers.alcohol-drug-tests')")
class AlcoholDrugController {

    static final String VIEW = "registers/alcohol-drug-tests";
    static final String TEST_VIEW = "registers/alcohol-drug-test";
    static final String DRAW_VIEW = "registers/alcohol-drug-draw";
    private static final String PATH = "/registers/alcohol-drug-tests";

    private final AlcoholDrugTests tests;
    private final Units units;
    private final Clock clock;

    AlcoholDrugController(AlcoholDrugTests tests, Units units, Clock clock) {
        this.tests = tests;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.require();
        if (!tests.enabled(user.organisationId())) {
            model.addAttribute("off", true);
            return VIEW;
        }
        model.addAttribute("off", false);
        model.addAttribute("draws", tests.draws(user));
        model.addAttribute("units", units.tree(user.organisationId()));
        model.addAttribute("substances", SubstanceKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("page", tests.list(user, PageRequest.of(page, RegisterPages.PAGE_SIZE)));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return VIEW;
    }

    @PostMapping("/draws")
    String draw(@RequestParam(required = false) @Nullable Integer count,
            @RequestParam(required = false) @Nullable Integer percent,
            @RequestParam(required = false) @Nullable UUID unit, @RequestParam SubstanceKind substance,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate testOn,
            RedirectAttributes redirect) {
        try {
            var id = tests.draw(CurrentUser.require(), new DrawRequest(count, percent,
                    unit == null ? null : new UnitId(unit), substance, testOn));
            redirect.addFlashAttribute("flash", "registers.alcoholDrug.drawn");
            return "redirect:" + PATH + "/draws/" + id;
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.alcoholDrug.invalid");
            redirect.addFlashAttribute("problems", e.errors());
            return "redirect:" + PATH;
        }
    }

    @GetMapping("/draws/{id}")
    String draw(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("draw", tests.draw(user, id));
        model.addAttribute("tests", tests.ofDraw(user, id));
        return DRAW_VIEW;
    }

    @GetMapping("/{id}")
    String test(@PathVariable UUID id, Model model) {
        model.addAttribute("test", tests.view(CurrentUser.require(), id));
        model.addAttribute("substances", SubstanceKind.values());
        model.addAttribute("results", TestResult.values());
        model.addAttribute("followUps", TestFollowUp.values());
        return TEST_VIEW;
    }

    @PostMapping("/{id}")
    String record(@PathVariable UUID id, @RequestParam SubstanceKind substance,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate testedOn,
            @RequestParam(required = false) @Nullable TestResult result,
            @RequestParam(defaultValue = "") String values,
            @RequestParam(defaultValue = "NONE") TestFollowUp followUp,
            @RequestParam(defaultValue = "") String followUpNote, RedirectAttributes redirect) {
        try {
            tests.recordResult(CurrentUser.require(), id, new AlcoholDrugTestInput(substance, testedOn, result,
                    values, followUp, followUpNote));
            redirect.addFlashAttribute("flash", "registers.alcoholDrug.recorded");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "registers.alcoholDrug.invalid");
            redirect.addFlashAttribute("problems", e.errors());
        }
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
        return RegisterPages.statistics(model, tests, year, clock, "registers.alcoholDrug.statistics", PATH);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam int year) {
        return RegisterPages.export(tests, year, "alcohol-drug-tests", List.of("id", "draw", "staff_member", "unit",
                "substance", "tested_on", "result", "values", "follow_up", "follow_up_note"), t -> List.of(
                        t.id().toString(), t.drawId() == null ? "" : t.drawId().toString(), t.staffName(),
                        t.unitName(), t.input().substance().name(), t.input().testedOn().toString(),
                        t.input().result() == null ? "" : t.input().result().name(), t.input().values(),
                        t.input().followUp().name(), t.input().followUpNote()));
    }
}
