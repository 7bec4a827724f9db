package be.kompas.advice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.advice.ReportStatus;
import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.PublicRateLimiter;
import be.kompas.advice.internal.RateLimitedException;
import be.kompas.advice.internal.ReporterThrottledException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
            @Size(max = 500) @Nullable String identity) {
    }

    record Receipt(String reference, LocalDate acknowledgeBy, LocalDate answerBy) {
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
            List<Message> messages) {
    }

    private final AdviceService advice;
    private final ReporterForms forms;

    PublicAdviceApiController(AdviceService advice, ReporterForms forms) {
        this.advice = advice;
        this.forms = forms;
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
    Receipt submit(@PathVariable String org, @Valid @RequestBody SubmitRequest request) {
        var organisation = forms.organisation(org);
        forms.rateLimit(organisation, PublicRateLimiter.Action.SUBMIT);
        var receipt = advice.submit(organisation, new AdviceService.Submission(request.kind(), request.category(),
                request.text(), request.name(), request.passphrase(), request.identity(), List.of()));
        return new Receipt(receipt.reference(), receipt.acknowledgeBy(), receipt.answerBy());
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
        var organisation = forms.organisation(org);
        var access = forms.reporterLogin(organisation, request.name(), request.passphrase());
        advice.reporterReply(organisation, access, request.text(), List.of());
        return report(advice.reporterView(organisation, access));
    }

    private static Report report(AdviceService.ReportDetails details) {
        var s = details.summary();
        return new Report(s.reference(), s.kind(), s.category(), s.status(), s.receivedOn(), s.acknowledgeBy(),
                s.answerBy(), s.forwardedTo(), details.messages().stream()
                        .map(m -> new Message(m.author(), m.kind(), m.date(), m.text())).toList());
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
