package be.kompas.complaints.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.tenancy.Organisations;
import be.kompas.core.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/public/complaints")
@Tag(name = "Public complaints", description = "The Meldpunt for citizens: no token needed")
class PublicComplaintApiController {

    private final ComplaintManagement complaints;
    private final Organisations organisations;
    private final IntakeThrottle throttle;

    PublicComplaintApiController(ComplaintManagement complaints, Organisations organisations,
            IntakeThrottle throttle) {
        this.complaints = complaints;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @PostMapping("/{organisation}")
    @SecurityRequirements
    @Operation(summary = "File a complaint, compliment, question, suggestion or tip with an organisation (by its URL"
            + " code); answers 201 with the reference, 400 naming bad fields, 404 for an unknown organisation, 429"
            + " when the organisation receives too much at once. No client address is stored.")
    ResponseEntity<?> submit(@PathVariable String organisation,
            @Valid @RequestBody ComplaintRequests.PublicRequest request) {
        var found = organisations.findByCode(organisation)
                .orElseThrow(() -> new RecordNotFoundException("organisation", organisation));
        if (!throttle.tryAcquire(found.code())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many submissions for this organisation; try again later."));
        }
        var receipt = complaints.submit(found.code(), request.toNewComplaint(Channel.ONLINE_FORM,
                java.time.LocalDate.MIN, Locale.forLanguageTag(found.locale().getLanguage())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", receipt.reference()));
    }
}
