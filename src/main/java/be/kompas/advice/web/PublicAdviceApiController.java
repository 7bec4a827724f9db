package be.kompas.advice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.advice.ReportStatus;
import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.RateLimitedException;
import be.kompas.advice.internal.ReporterThrottledException;
import be.kompas.core.InvalidInputException;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.core.attachments.Uploads;
import be.kompas.tenancy.Organisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Advice Point for other front ends: no login, no token. Nothing about the caller (address, user agent) is
 * read or kept; the self-chosen name and passphrase travel in the body of each request.
 */
@RestController
@RequestMapping("/api/v1/public/advice/{org}")
@Tag(name = "Advice Point (public)", description = "Anonymous integrity questions and reports, and the conversation"
        + " with a coach. {org} is the organisation's URL code, e.g. demo.")
class PublicAdviceApiController {

    record Category(String code, String label) {
    }

    record SubmitRequest(@NotNull ReportKind kind, @NotBlank @Size(max = 60) String category,
            @NotBlank @Size(max = ReporterForms.MAX_TEXT) String text,
            @NotBlank @Size(min = ReporterForms.MIN_NAME, max = 100) String name,
            @NotBlank @Size(min = ReporterForms.MIN_PASSPHRASE, max = 200) String passphrase,
            @Size(max = 500) @Nullable String identity,
            @Schema(description = "Optional: a solved challenge from GET .../challenge; lets the submission through"
                    + " when the organisation receives a flood") @Valid @Nullable Solution proofOfWork) {
    }

    /** A solved proof of work: SHA-256 over {@code challenge:nonce} starts with {@code bits} zero bits. */
    record Solution(@NotBlank @Size(max = 200) String challenge, @NotBlank @Size(max = 40) String nonce) {
    }

    record Challenge(String challenge, int bits) {
    }

    record Receipt(String reference, LocalDate acknowledgeBy, LocalDate answerBy,
            @Nullable List<StoredFile> attachments) {
    }

    /** A file as stored: a neutral name and what was removed from it (codes such as GPS, PDF_INFO). */
    record StoredFile(String filename, String mediaType, List<String> removed) {

        static StoredFile of(AdviceService.AttachmentView view) {
            return new StoredFile(view.filename(), view.mediaType(), view.removed());
        }
    }

    record LoginRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String passphrase) {
    }

    record MessageRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String passphrase,
            @NotBlank @Size(max = ReporterForms.MAX_TEXT) String text) {
    }

    record Message(String author, String kind, LocalDate date, String text) {
    }

    record Report(String reference, ReportKind kind, String category, ReportStatus status, LocalDate receivedOn,
            LocalDate acknowledgeBy, LocalDate answerBy, @Nullable ForwardTarget forwardedTo,
            List<Message> messages, List<StoredFile> attachments) {
    }

    private final AdviceService advice;
    private final ReporterForms forms;
    private final Validator validator;

    PublicAdviceApiController(AdviceService advice, ReporterForms forms, Validator validator) {
        this.advice = advice;
        this.forms = forms;
        this.validator = validator;
    }

    @GetMapping("/categories")
    @Operation(summary = "The organisation's categories, each with its code and its label in the requested language")
    List<Category> categories(@PathVariable String org, Locale locale) {
        var organisation = forms.organisation(org);
        return forms.categories(organisation, locale).entrySet().stream()
                .map(e -> new Category(e.getKey(), e.getValue())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a question or report; returns its reference and deadlines")
    Receipt submit(@PathVariable String org, @RequestBody SubmitRequest request) {
        return submit(org, request, List.of());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit with files: the part `report` holds the same JSON as the plain request, the parts"
            + " `files` at most 10 JPEG, PNG, PDF or DOCX files of 20 MB each",
            description = "Metadata (EXIF with GPS, XMP, IPTC, PDF and DOCX properties, comment authors) is removed"
                    + " before anything is stored, and the file gets a neutral name; the answer lists what was removed"
                    + " per file. A file that cannot be cleaned answers 400 naming `files`, and nothing is stored.")
    Receipt submitWithFiles(@PathVariable String org, @RequestPart("report") SubmitRequest request,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return submit(org, request, Uploads.of(files));
    }

    @GetMapping("/challenge")
    @Operation(summary = "A proof-of-work challenge: find a nonce such that SHA-256 over `challenge:nonce` (UTF-8)"
            + " starts with `bits` zero bits, and send both as `proofOfWork` with the submission. Optional; it keeps a"
            + " submission going through when the organisation's channel is flooded. Nothing about the caller is kept.")
    Challenge challenge(@PathVariable String org) {
        forms.organisation(org);
        return new Challenge(forms.proofOfWork().challenge(), forms.proofOfWork().bits());
    }

    private Receipt submit(String org, SubmitRequest request, List<AttachmentCleaner.Upload> files) {
        var organisation = forms.organisation(org);
        validate(organisation, request);
        forms.rateLimitSubmission(organisation, request.proofOfWork() == null ? null
                : request.proofOfWork().challenge(), request.proofOfWork() == null ? null
                : request.proofOfWork().nonce());
        var receipt = advice.submit(organisation, new AdviceService.Submission(request.kind(), request.category(),
                request.text(), request.name(), request.passphrase(), request.identity(), files));
        return new Receipt(receipt.reference(), receipt.acknowledgeBy(), receipt.answerBy(),
                files.isEmpty() ? null : receipt.attachments().stream().map(StoredFile::of).toList());
    }

    /** Every offending field in one answer: the category is checked against the organisation with the others. */
    private void validate(Organisation organisation, SubmitRequest request) {
        Map<String, String> errors = new TreeMap<>();
        validator.validate(request).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.containsKey("category") && !advice.categories(organisation.id()).containsKey(request.category())) {
            errors.put("category", "is not a category of this organisation");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @PostMapping("/login")
    @Operation(summary = "Status, deadlines and messages of the report under this name and passphrase",
            description = "A wrong name and a wrong passphrase both answer 401, in the same time. Repeated failures"
                    + " for one name answer 429 for a while.")
    Report login(@PathVariable String org, @Valid @RequestBody LoginRequest request) {
        var organisation = forms.organisation(org);
        var access = forms.reporterLogin(organisation, request.name(), request.passphrase());
        return report(advice.reporterView(organisation, access));
    }

    @PostMapping("/messages")
    @Operation(summary = "Reply to the coach; returns the report with the new message")
    Report reply(@PathVariable String org, @Valid @RequestBody MessageRequest request) {
        return reply(org, request, List.of());
    }

    @PostMapping(path = "/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Reply with files: the part `message` holds the same JSON as the plain reply, the parts"
            + " `files` the files, cleaned as on submission (at most 10 per report)")
    Report replyWithFiles(@PathVariable String org, @Valid @RequestPart("message") MessageRequest request,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
        return reply(org, request, Uploads.of(files));
    }

    private Report reply(String org, MessageRequest request, List<AttachmentCleaner.Upload> files) {
        var organisation = forms.organisation(org);
        var access = forms.reporterLogin(organisation, request.name(), request.passphrase());
        advice.reporterReply(organisation, access, request.text(), files);
        return report(advice.reporterView(organisation, access));
    }

    private static Report report(AdviceService.ReportDetails details) {
        var s = details.summary();
        return new Report(s.reference(), s.kind(), s.category(), s.status(), s.receivedOn(), s.acknowledgeBy(),
                s.answerBy(), s.forwardedTo(), details.messages().stream()
                        .map(m -> new Message(m.author(), m.kind(), m.date(), m.text())).toList(),
                details.attachments().stream().map(StoredFile::of).toList());
    }

    @ExceptionHandler(ReporterForms.WrongCredentialsException.class)
    ResponseEntity<ProblemDetail> wrongCredentials() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED, "No report matches this name and passphrase."));
    }

    @ExceptionHandler({ ReporterThrottledException.class, RateLimitedException.class })
    ResponseEntity<ProblemDetail> tooMany() {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, "Too many attempts. Please try again later."));
    }
}
