package be.kompas.lookups.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.core.InvalidInputException;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import be.kompas.identity.KompasUser;
import be.kompas.lookups.engine.Reason;
import be.kompas.lookups.internal.AlertQuery;
import be.kompas.lookups.internal.AlertSummary;
import be.kompas.lookups.internal.AlertView;
import be.kompas.lookups.internal.ImportService;
import be.kompas.lookups.internal.ImportView;
import be.kompas.lookups.internal.InvalidDataSetException;
import be.kompas.lookups.internal.ReviewService;
import be.kompas.lookups.internal.ReviewService.RuleChoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The review queue as JSON: imports with their progress, the alerts in pseudonyms, one alert with its context, and
 * the decisions. Everything is limited to the caller's organisation; another organisation's record is a 404.
 */
@RestController
@RequestMapping("/api/v1/lookups")
@Tag(name = "Look-up review", description = "Imports of look-up logs, the review queue of proposed look-ups (in "
        + "pseudonyms) and the decisions on them, for the caller's organisation")
class LookupApiController {

    private static final String REVIEW = "hasAuthority('lookups.review')";
    private static final int MAX_PAGE_SIZE = 200;

    record JustificationRequest(@NotBlank @Size(max = 4000) String explanation, @Nullable RuleChoice rule,
            @Nullable LocalDate until) {
    }

    record ConfirmationRequest(@NotBlank @Size(max = 4000) String note) {
    }

    record RevealRequest(@NotBlank @Size(max = 4000) String motivation) {
    }

    private final ImportService imports;
    private final ReviewService review;

    LookupApiController(ImportService imports, ReviewService review) {
        this.imports = imports;
        this.review = review;
    }

    @GetMapping("/imports")
    @PreAuthorize(REVIEW)
    @Operation(summary = "The latest imports, newest first, with their progress and volumes")
    List<ImportView> imports() {
        return review.imports(CurrentUser.require());
    }

    @PostMapping(value = "/imports", consumes = { "application/zip", "application/octet-stream" })
    @PreAuthorize(REVIEW)
    @Operation(summary = "Import a zip of the exchange format's CSV files, sent as the raw request body (no "
            + "multipart, so no upload size limit but the unpacking guards); the scan runs in the background: poll "
            + "the import for its progress",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The zip of the exchange format's CSV files",
                    content = @Content(mediaType = "application/zip",
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<ImportView> upload(
            @Parameter(description = "A label for the data set, e.g. the file name") @RequestParam(defaultValue = "")
            String label, HttpServletRequest request) throws IOException {
        var user = CurrentUser.require();
        UUID id;
        try (InputStream body = request.getInputStream()) {
            id = imports.upload(user, label.isBlank() ? "upload.zip" : label, body);
        }
        catch (InvalidDataSetException e) {
            throw InvalidInputException.of("file", e.getMessage());
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/lookups/imports/" + id))
                .body(review.importOf(user, id));
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize(REVIEW)
    @Operation(summary = "One import: status, bytes read of the total (the progress), events, alerts; 404 outside "
            + "the caller's organisation")
    ImportView importOf(@PathVariable UUID id) {
        return review.importOf(CurrentUser.require(), id);
    }

    @GetMapping("/alerts")
    @PreAuthorize(REVIEW)
    @Operation(summary = "The review queue by score, highest first, with filters by import, reason, officer "
            + "pseudonym, period (days of the look-up, Brussels time) and status")
    Page<AlertSummary> queue(@RequestParam(required = false) @Nullable UUID importId,
            @RequestParam(required = false) @Nullable Reason reason,
            @Parameter(description = "An officer's pseudonym, OFF-xxxxxx") @RequestParam(defaultValue = "")
            String officer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "OPEN, JUSTIFIED or UNJUSTIFIED") @RequestParam(required = false)
            @Nullable String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        var user = CurrentUser.require();
        if (status != null && !List.of("OPEN", "JUSTIFIED", "UNJUSTIFIED").contains(status)) {
            throw InvalidInputException.of("status", "lookups.api.status.invalid");
        }
        if (importId != null) {
            review.importOf(user, importId);
        }
        String officerFilter = officer.strip().toUpperCase(Locale.ROOT);
        var query = new AlertQuery(importId, reason == null ? null : reason.name(),
                officerFilter.isEmpty() ? null : officerFilter, from, to, status);
        return review.queue(user, query, PageRequest.of(Math.max(0, page), Math.min(MAX_PAGE_SIZE,
                Math.max(1, size))));
    }

    @GetMapping("/alerts/{id}")
    @PreAuthorize(REVIEW)
    @Operation(summary = "One alert: the look-up, its reasons, the context that was checked and the decision; the "
            + "identities only after a second reviewer approved the caller's reveal; audited; 404 outside the "
            + "caller's organisation")
    AlertView alert(@PathVariable UUID id) {
        return review.view(CurrentUser.require(), id);
    }

    @PostMapping("/alerts/{id}/justification")
    @PreAuthorize(REVIEW)
    @Operation(summary = "Mark the alert justified with an explanation, which may become a rule for later imports "
            + "(OFFICER_SUBJECT until a date, or TEAM_SOURCE)")
    AlertView justify(@PathVariable UUID id, @RequestBody @Valid JustificationRequest request) {
        return changed(id, user -> review.justify(user, id, request.explanation(),
                request.rule() == null ? RuleChoice.NONE : request.rule(), request.until()));
    }

    @PostMapping("/alerts/{id}/confirmation")
    @PreAuthorize(REVIEW)
    @Operation(summary = "Mark the alert unjustified and forward it to internal oversight")
    AlertView confirm(@PathVariable UUID id, @RequestBody @Valid ConfirmationRequest request) {
        return changed(id, user -> review.confirm(user, id, request.note()));
    }

    @PostMapping("/alerts/{id}/reveal")
    @PreAuthorize(REVIEW)
    @Operation(summary = "Ask to see the identities behind the pseudonyms; another reviewer must approve")
    AlertView requestReveal(@PathVariable UUID id, @RequestBody @Valid RevealRequest request) {
        return changed(id, user -> review.requestReveal(user, id, request.motivation()));
    }

    /** Makes a change as the caller and returns the alert as it is now. */
    private AlertView changed(UUID id, Consumer<KompasUser> change) {
        var user = CurrentUser.require();
        change.accept(user);
        return review.view(user, id);
    }
}
