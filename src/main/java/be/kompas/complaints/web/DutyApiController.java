package be.kompas.complaints.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.complaints.ComplaintId;
import be.kompas.complaints.ComplaintInformationDuties;
import be.kompas.complaints.InformationDuty;
import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaint information duties", description = "Whom the customer coordinator informs of a complaint"
        + " (Comité P, the AIG, the services concerned, the colleagues involved) and whether it was done")
class DutyApiController {

    /** A drafted message and the language it is written in. */
    record Draft(String language, String message) {
    }

    /** The message as sent; {@code language} defaults to the organisation's, {@code sentOn} to today. */
    record SentRequest(@Nullable String message, @Nullable String language, @Nullable LocalDate sentOn) {
    }

    private final ComplaintInformationDuties duties;

    DutyApiController(ComplaintInformationDuties duties) {
        this.duties = duties;
    }

    @GetMapping("/duties")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    @Operation(summary = "The duties not yet fulfilled across the organisation's complaints, earliest due first")
    Page<InformationDuty> open(@RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return duties.open(CurrentUser.require(), overdue, PageRequest.of(page, size));
    }

    @GetMapping("/{id}/duties")
    @PreAuthorize("hasAnyAuthority('complaints.handle', 'complaints.read')")
    @Operation(summary = "The information duties of one complaint, open ones first")
    List<InformationDuty> ofComplaint(@PathVariable UUID id) {
        return duties.duties(CurrentUser.require(), new ComplaintId(id));
    }

    @GetMapping("/{id}/duties/{duty}/draft")
    @PreAuthorize("hasAuthority('complaints.handle')")
    @Operation(summary = "The message from the template, in the given language (nl, fr, en) or the recipient's")
    Draft draft(@PathVariable UUID id, @PathVariable UUID duty,
            @RequestParam(required = false) @Nullable String language) {
        var user = CurrentUser.require();
        var complaint = new ComplaintId(id);
        var writeIn = language == null || language.isBlank() ? duties.recipientLanguage(user, complaint, duty)
                : Locale.forLanguageTag(language);
        return new Draft(writeIn.getLanguage(), duties.draft(user, complaint, duty, writeIn));
    }

    @PostMapping("/{id}/duties/{duty}/sent")
    @PreAuthorize("hasAuthority('complaints.handle')")
    @Operation(summary = "Mark a duty fulfilled with the message as sent; a message to the AIG reaches its inbox")
    InformationDuty sent(@PathVariable UUID id, @PathVariable UUID duty, @RequestBody SentRequest request) {
        var user = CurrentUser.require();
        var complaint = new ComplaintId(id);
        var language = request.language() == null || request.language().isBlank()
                ? duties.recipientLanguage(user, complaint, duty) : Locale.forLanguageTag(request.language());
        return duties.markSent(user, complaint, duty, request.message() == null ? "" : request.message(), language,
                request.sentOn());
    }
}
