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

    record CaseDetails(UUID id, String reference, String bureau, String origin, @Nullable Track track,
            CaseStatus status, LocalDate openedOn, @Nullable String outcome, @Nullable String sanction,
            List<String> factCodes, List<String> riskFamilies, int staffCount, @Nullable LocalDate closedOn) {
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
    @Operation(summary = "One case", responses = {
            @ApiResponse(responseCode = "200", description = "The case"),
            @ApiResponse(responseCode = "404", description = "No such case, or one the caller may not read") })
    @PreAuthorize("isAuthenticated()")
    CaseDetails one(@PathVariable UUID id) {
        var r = cases.view(CurrentUser.require(), id).row();
        return new CaseDetails(r.id(), r.reference(), r.bureau().name(), r.origin().name(), r.track(), r.status(),
                r.openedOn(), r.outcome() == null ? null : r.outcome().name(), r.sanctionCode(), r.factCodes(),
                r.riskFamilies(), r.staffCount(), r.closedOn());
    }
}
