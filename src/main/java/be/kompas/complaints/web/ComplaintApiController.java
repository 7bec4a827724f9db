package be.kompas.complaints.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.audit.AuditTrail;
import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintDetails;
import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.complaints.ComplaintQuery;
import be.kompas.complaints.ComplaintStatistics;
import be.kompas.complaints.ComplaintStatus;
import be.kompas.complaints.ComplaintSummary;
import be.kompas.complaints.ServiceLevel;
import be.kompas.complaints.TagTrend;
import be.kompas.complaints.YearFigures;
import be.kompas.complaints.web.ComplaintRequests.ClassificationRequest;
import be.kompas.complaints.web.ComplaintRequests.ClosureRequest;
import be.kompas.complaints.web.ComplaintRequests.IntakeRequest;
import be.kompas.complaints.web.ComplaintRequests.InvolveRequest;
import be.kompas.complaints.web.ComplaintRequests.RouteRequest;
import be.kompas.complaints.web.ComplaintRequests.ServiceLevelRequest;
import be.kompas.core.Formats;
import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.people.StaffDirectory;
import be.kompas.people.StaffMemberId;
import be.kompas.people.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints and compliments of the caller's organisation: intake, handling,"
        + " closing and the yearly figures")
class ComplaintApiController {

    private static final String HANDLE = "hasAuthority('complaints.handle')";
    private static final String READ = "hasAnyAuthority('complaints.handle', 'complaints.read')";

    /**
     * The outcome shares of a year: {@code total} is the base, the complaints closed in the year. {@code byTag} counts
     * the complaints received in the year per ombuds norm and theme, shares of {@code received}; {@code tagTrend} the
     * same counts for the year and the four before it.
     */
    record StatisticsResponse(int year, int received, int total, Map<String, Count> outcomes,
            Map<String, Count> byTag, TagTrend tagTrend, @Nullable Double averageLeadDays,
            @Nullable Integer medianLeadDays, YearFigures details) {
    }

    record Count(int count, int percent) {
    }

    private final ComplaintManagement complaints;
    private final ComplaintStatistics statistics;
    private final StaffDirectory staff;
    private final AuditTrail trail;
    private final Clock clock;

    ComplaintApiController(ComplaintManagement complaints, ComplaintStatistics statistics, StaffDirectory staff,
            AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.complaints = complaints;
        this.statistics = statistics;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "The inbox, newest first, with filters; fact may be a family (2) or a fact code (2.5)")
    Page<ComplaintSummary> list(@RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable ComplaintKind type,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String fact,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return complaints.inbox(CurrentUser.require(), new ComplaintQuery(status, type, channel, fact, from, to,
                overdue), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One item with its history; the complainant only for handlers; 404 outside the caller's"
            + " organisation")
    ComplaintDetails get(@PathVariable UUID id) {
        return complaints.view(CurrentUser.require(), new ComplaintId(id));
    }

    @PostMapping
    @PreAuthorize(HANDLE)
    @Operation(summary = "Register an item received by letter, e-mail, phone, at the desk or forwarded by another body")
    ResponseEntity<ComplaintDetails> create(@Valid @RequestBody IntakeRequest request, BindingResult binding) {
        refuseIfInvalid(binding);
        var user = CurrentUser.require();
        var id = complaints.register(user, request.toNewComplaint(user.locale()));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + id)).body(complaints.view(user, id));
    }

    @PostMapping("/{id}/acknowledgement")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Write the acknowledgement in the complainant's language and mark the item acknowledged")
    ComplaintDetails acknowledge(@PathVariable UUID id) {
        complaints.acknowledge(CurrentUser.require(), new ComplaintId(id));
        return get(id);
    }

    @PutMapping("/{id}/classification")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Set the Comité P fact code (e.g. 2.5) and the tags (ombuds norms and themes)")
    ComplaintDetails classify(@PathVariable UUID id, @RequestBody ClassificationRequest request) {
        complaints.classify(CurrentUser.require(), new ComplaintId(id), ComplaintController.factCode(
                request.factCode()), request.tags() == null ? Set.of() : request.tags());
        return get(id);
    }

    @PostMapping("/{id}/involved")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Link a staff member of the organisation, by staff id or personnel number, or a unit alone")
    ComplaintDetails involve(@PathVariable UUID id, @RequestBody InvolveRequest request) {
        var user = CurrentUser.require();
        StaffMemberId member;
        if (request.staffId() != null) {
            member = new StaffMemberId(request.staffId());
        }
        else if (request.personnelNumber() != null) {
            member = staff.findByPersonnelNumber(user.organisationId(), request.personnelNumber())
                    .orElseThrow(() -> InvalidInputException.of("personnelNumber", "is not a staff member"))
                    .id();
        }
        else if (request.unitId() != null) {
            complaints.involveUnit(user, new ComplaintId(id), new UnitId(request.unitId()));
            return get(id);
        }
        else {
            throw InvalidInputException.of("staffId", "or personnelNumber or unitId is required");
        }
        complaints.involve(user, new ComplaintId(id), member);
        return get(id);
    }

    @PutMapping("/{id}/route")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Route to the head of the service concerned (CP3) or to internal oversight (DIT)")
    ComplaintDetails route(@PathVariable UUID id, @Valid @RequestBody RouteRequest request, BindingResult binding) {
        refuseIfInvalid(binding);
        complaints.route(CurrentUser.require(), new ComplaintId(id), request.route(), request.note());
        return get(id);
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Close with an outcome and the answer sent; without an answer the outcome's template is used")
    ComplaintDetails close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request, BindingResult binding) {
        refuseIfInvalid(binding);
        var user = CurrentUser.require();
        var complaint = new ComplaintId(id);
        String answer = request.answer() == null ? complaints.draftAnswer(user, complaint, request.outcome())
                : request.answer();
        complaints.close(user, complaint, request.outcome(), answer, request.closedOn());
        return get(id);
    }

    @GetMapping("/service-level")
    @PreAuthorize(READ)
    @Operation(summary = "The organisation's deadlines in working days")
    ServiceLevel serviceLevel() {
        return complaints.serviceLevel(CurrentUser.require().organisationId());
    }

    @PutMapping("/service-level")
    @PreAuthorize(HANDLE)
    @Operation(summary = "Change the deadlines for items received from now on")
    ServiceLevel changeServiceLevel(@Valid @RequestBody ServiceLevelRequest request, BindingResult binding) {
        refuseIfInvalid(binding);
        complaints.changeServiceLevel(CurrentUser.require(), new ServiceLevel(request.acknowledgeDays(),
                request.answerDays()));
        return serviceLevel();
    }

    /**
     * Checked in the method rather than before it, so that a caller without the permission is refused before their
     * input is judged.
     */
    private static void refuseIfInvalid(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding.getFieldErrors().stream().collect(Collectors.toMap(
                    FieldError::getField, e -> String.valueOf(e.getDefaultMessage()), (a, b) -> a + "; " + b)));
        }
    }

    @GetMapping("/statistics")
    @PreAuthorize(READ)
    @Operation(summary = "A year's figures: outcome shares over the complaints closed in the year (total), each"
            + " rounded on its own, and the breakdowns per fact code, channel, unit and ombuds norm or theme (byTag),"
            + " with the trend per norm and theme over the last five years (tagTrend)")
    StatisticsResponse statistics(@RequestParam(required = false) @Nullable Integer year) {
        int shown = year == null ? LocalDate.now(clock.withZone(Formats.ZONE)).getYear() : year;
        var organisation = CurrentUser.require().organisationId();
        var figures = statistics.year(organisation, shown);
        var trend = statistics.tagTrend(organisation, shown - StatisticsController.TREND_YEARS + 1, shown);
        trail.read(StatisticsController.STATISTICS_RECORD, shown, null);
        return new StatisticsResponse(shown, figures.received(), figures.closed(), counts(figures.byOutcome()),
                counts(figures.byTag()), trend, figures.averageLeadDays(), figures.medianLeadDays(), figures);
    }

    private static Map<String, Count> counts(List<YearFigures.Share> shares) {
        var counts = new LinkedHashMap<String, Count>();
        shares.forEach(share -> counts.put(share.key(), new Count(share.count(), share.percent())));
        return counts;
    }
}
