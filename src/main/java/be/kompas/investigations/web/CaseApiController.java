package be.kompas.investigations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.identity.CurrentUser;
import be.kompas.investigations.CaseStatus;
import be.kompas.investigations.Track;
import be.kompas.investigations.internal.CaseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Cases for the investigators' own tools; a case the caller may not read answers 404, as if it did not exist. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Investigations", description = "Internal investigation cases, under the need-to-know rule")
class CaseApiController {

    record CaseItem(UUID id, String reference, @Nullable Track track, CaseStatus status) {
    }

    /**
     * One case.
     *
     * @param receivedOn when the report was received; the whistleblower terms count from it
     * @param acknowledgedOn when the reporter was first sent an acknowledgement, if yet
     * @param extension the one extension of the 20-week whistleblower investigation term, if recorded
     * @param terms the legal and internal time limits of the procedure, computed as on the case page
     */
    record CaseDetails(UUID id, String reference, String bureau, String origin, @Nullable Track track,
            CaseStatus status, LocalDate openedOn, LocalDate receivedOn, @Nullable LocalDate acknowledgedOn,
            @Nullable Extension extension, List<Term> terms, @Nullable String outcome, @Nullable String sanction,
            List<String> factCodes, List<String> riskFamilies, int staffCount, @Nullable LocalDate closedOn) {
    }

    /** The extension of the investigation term: 1 to 4 weeks, with the reason, recorded on a day. */
    record Extension(int weeks, String reason, LocalDate recordedOn) {
    }

    /**
     * A time limit: {@code code} is triage, inform, acknowledge, feedback, whistleblowerInvestigation or decision;
     * {@code met} when the step it waits for is done; {@code legal} when the law sets it (otherwise the zone's own).
     */
    record Term(String code, LocalDate due, boolean met, boolean legal) {
    }

    private final CaseService cases;

    CaseApiController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "The cases the caller may read")
    @PreAuthorize("isAuthenticated()")
    List<CaseItem> list() {
        return cases.readable(CurrentUser.require(), null).stream()
                .map(r -> new CaseItem(r.id(), r.reference(), r.track(), r.status())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case", description = "With the day the report was received and acknowledged, the"
            + " extension of the investigation term (weeks, reason) and the computed terms (code, due date, met, legal)",
            responses = {
            @ApiResponse(responseCode = "200", description = "The case"),
            @ApiResponse(responseCode = "404", description = "No such case, or one the caller may not read") })
    @PreAuthorize("isAuthenticated()")
    CaseDetails one(@PathVariable UUID id) {
        var view = cases.view(CurrentUser.require(), id);
        var r = view.row();
        var extension = r.extension() == null ? null
                : new Extension(r.extension().weeks(), r.extension().reason(), r.extension().on());
        var terms = view.deadlines().stream().map(d -> new Term(d.code(), d.due(), d.met(), d.legal())).toList();
        return new CaseDetails(r.id(), r.reference(), r.bureau().name(), r.origin().name(), r.track(), r.status(),
                r.openedOn(), r.receivedOn(), r.acknowledgedOn(), extension, terms,
                r.outcome() == null ? null : r.outcome().name(), r.sanctionCode(), r.factCodes(), r.riskFamilies(),
                r.staffCount(), r.closedOn());
    }
}
