package be.kompas.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import be.kompas.identity.CurrentUser;
import be.kompas.registers.Count;
import be.kompas.registers.NationalAggregate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The AIG's national figures, as a page and as JSON. */
@Controller
@Tag(name = "National registers", description = "Counts across all organisations for the inspectorate")
class NationalController {

    static final String VIEW = "registers/national";

    private final NationalAggregate aggregate;
    private final Clock clock;

    NationalController(NationalAggregate aggregate, Clock clock) {
        this.aggregate = aggregate;
        this.clock = clock;
    }

    @GetMapping("/registers/national")
    @PreAuthorize("hasAuthority('registers.aggregate')")
    String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int chosen = year(year);
        model.addAttribute("year", chosen);
        model.addAttribute("figures", aggregate.figures(CurrentUser.require(), chosen));
        return VIEW;
    }

    @GetMapping("/api/v1/registers/national")
    @ResponseBody
    @PreAuthorize("hasAuthority('registers.aggregate')")
    @Operation(summary = "Counts per register and category for a year; counts below 5 are null")
    Map<String, List<Count>> api(@RequestParam(required = false) @Nullable Integer year) {
        return aggregate.figures(CurrentUser.require(), year(year));
    }

    private int year(@Nullable Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
