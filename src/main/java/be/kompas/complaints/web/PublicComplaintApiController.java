package be.kompas.complaints.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.tenancy.Organisations;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.core.attachments.Uploads;
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
        return submit(organisation, request, List.of());
    }

    /** What the multipart variant answers: the reference and, per file, its new name and what was removed. */
    record Receipt(String reference, List<StoredFile> attachments) {
    }

    record StoredFile(String filename, String mediaType, List<String> removed) {
    }

    @PostMapping(path = "/{organisation}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @SecurityRequirements
    @Operation(summary = "File an item with files: the part `complaint` holds the same JSON as the plain request,"
            + " the parts `files` hold at most 10 JPEG, PNG, PDF or DOCX files of 20 MB each. Metadata (EXIF with GPS,"
            + " XMP, IPTC, PDF and DOCX properties, comment authors) is removed before storing; the answer lists what"
            + " was removed per file. A file that cannot be cleaned answers 400 naming `files`, and nothing is stored.")
    ResponseEntity<?> submitWithFiles(@PathVariable String organisation,
            @Valid @RequestPart("complaint") ComplaintRequests.PublicRequest request,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return submit(organisation, request, Uploads.of(files));
    }

    private ResponseEntity<?> submit(String organisation, ComplaintRequests.PublicRequest request,
            List<AttachmentCleaner.Upload> files) {
        var found = organisations.findByCode(organisation)
                .orElseThrow(() -> new RecordNotFoundException("organisation", organisation));
        if (!throttle.tryAcquire(found.code())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many submissions for this organisation; try again later."));
        }
        var receipt = complaints.submit(found.code(), request.toNewComplaint(Channel.ONLINE_FORM,
                java.time.LocalDate.MIN, Locale.forLanguageTag(found.locale().getLanguage())), files);
        if (files.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", receipt.reference()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(receipt.reference(), receipt.attachments()
                .stream().map(file -> new StoredFile(file.filename(), file.mediaType(), file.removed())).toList()));
    }
}
