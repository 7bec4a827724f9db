package be.kompas.advice.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.advice.ReportKind;
import be.kompas.advice.internal.AdviceService;
import be.kompas.advice.internal.RateLimitedException;
import be.kompas.advice.internal.ReporterThrottledException;
import be.kompas.core.attachments.InlineFile;
import be.kompas.core.InvalidInputException;
import be.kompas.core.crypto.Crypto;
import be.kompas.core.crypto.SessionSecrets;
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.core.attachments.UncleanableAttachmentException;
import be.kompas.core.attachments.Uploads;
import be.kompas.tenancy.Organisation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reporter's pages, without login. After the reporter opens their report with name and passphrase, the open
 * report (organisation, report id and key) stays in their HTTP session only sealed under a key that their browser
 * alone holds ({@link SessionSecrets}, docs/adr/0007), until they close it or the session ends. Signing in gives the
 * session a new id.
 */
@Controller
@RequestMapping("/public/advice/{org}")
class PublicAdviceController {

    static final String FORM = "advice/public-form";
    static final String RECEIPT = "advice/public-receipt";
    static final String LOGIN = "advice/public-login";
    static final String REPORT = "advice/public-report";
    private static final String ACCESS = PublicAdviceController.class.getName() + ".access";
    private static final int UUID_BYTES = 16;

    record SubmitForm(@NotNull ReportKind kind, @NotBlank @Size(max = 60) String category,
            @NotBlank @Size(max = ReporterForms.MAX_TEXT) String text,
            @NotBlank @Size(min = ReporterForms.MIN_NAME, max = 100) String name,
            @NotBlank @Size(min = ReporterForms.MIN_PASSPHRASE, max = 200) String passphrase,
            @Size(max = 500) @Nullable String identity) {
    }

    /** The open report of this session, bound to the organisation whose page opened it. */
    private record OpenReport(String org, AdviceService.ReporterAccess access) {

        /** Report id, report key, organisation code: all of it sealed, so the session shows not even which report. */
        byte[] toBytes() {
            byte[] code = org.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(UUID_BYTES + Crypto.KEY_LENGTH + code.length)
                    .putLong(access.reportId().getMostSignificantBits())
                    .putLong(access.reportId().getLeastSignificantBits()).put(access.key()).put(code).array();
        }

        static @Nullable OpenReport fromBytes(byte[] bytes) {
            if (bytes.length < UUID_BYTES + Crypto.KEY_LENGTH) {
                return null;
            }
            var buffer = ByteBuffer.wrap(bytes);
            var reportId = new UUID(buffer.getLong(), buffer.getLong());
            byte[] key = new byte[Crypto.KEY_LENGTH];
            buffer.get(key);
            return new OpenReport(new String(bytes, buffer.position(), buffer.remaining(), StandardCharsets.UTF_8),
                    new AdviceService.ReporterAccess(reportId, key));
        }
    }

    private final AdviceService advice;
    private final ReporterForms forms;
    private final SessionSecrets sessionSecrets;

    PublicAdviceController(AdviceService advice, ReporterForms forms, SessionSecrets sessionSecrets) {
        this.advice = advice;
        this.forms = forms;
        this.sessionSecrets = sessionSecrets;
    }

    @GetMapping
    String form(@PathVariable String org, Model model, Locale locale) {
        if (!model.containsAttribute("submitForm")) {
            model.addAttribute("submitForm", new SubmitForm(ReportKind.QUESTION, "", "", "", "", ""));
        }
        return formPage(forms.organisation(org), model, locale);
    }

    @PostMapping
    String submit(@PathVariable String org, @Validated @ModelAttribute("submitForm") SubmitForm form,
            BindingResult errors, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String powChallenge,
            @RequestParam(required = false) @Nullable String powNonce, Model model, Locale locale) {
        var organisation = forms.organisation(org);
        var uploads = Uploads.of(files);
        if (uploads.size() > AttachmentCleaner.MAX_FILES) {
            errors.reject("advice.error.tooManyFiles");
        }
        if (errors.hasErrors()) {
            return formPage(organisation, model, locale);
        }
        try {
            forms.rateLimitSubmission(organisation, powChallenge, powNonce);
            var receipt = advice.submit(organisation, new AdviceService.Submission(form.kind(), form.category(),
                    form.text(), form.name(), form.passphrase(), form.identity(), uploads));
            model.addAttribute("receipt", receipt);
            model.addAttribute("kind", form.kind());
            model.addAttribute("org", organisation.code());
            return RECEIPT;
        } catch (UncleanableAttachmentException e) {
            errors.reject(e.messageKey(), new Object[] { e.filename() }, null);
        } catch (InvalidInputException e) {
            e.errors().keySet().forEach(field -> errors.reject("advice.error." + field));
        } catch (RateLimitedException e) {
            errors.reject("advice.public.busy");
        }
        return formPage(organisation, model, locale);
    }

    @GetMapping("/login")
    String loginForm(@PathVariable String org, Model model) {
        model.addAttribute("org", forms.organisation(org).code());
        return LOGIN;
    }

    @PostMapping("/login")
    String login(@PathVariable String org, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String passphrase, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var organisation = forms.organisation(org);
        try {
            sessionSecrets.put(request, response, ACCESS, new OpenReport(organisation.code(),
                    forms.reporterLogin(organisation, name, passphrase)).toBytes());
            // A new session id once the report is open, as after a staff login (no fixation of a planted id);
            // SessionSecretsFilter seals the open report again for the new id. Nothing about the reporter is kept.
            request.changeSessionId();
            return "redirect:/public/advice/" + organisation.code() + "/report";
        } catch (ReporterForms.WrongCredentialsException e) {
            model.addAttribute("loginError", "advice.public.login.wrong");
        } catch (ReporterThrottledException e) {
            model.addAttribute("loginError", "advice.public.tooMany");
        } catch (RateLimitedException e) {
            model.addAttribute("loginError", "advice.public.busy");
        }
        model.addAttribute("org", organisation.code());
        return LOGIN;
    }

    @GetMapping("/report")
    String report(@PathVariable String org, HttpServletRequest request, Model model) {
        var organisation = forms.organisation(org);
        var open = open(organisation, request);
        if (open == null) {
            return "redirect:/public/advice/" + organisation.code() + "/login";
        }
        model.addAttribute("details", advice.reporterView(organisation, open.access()));
        model.addAttribute("org", organisation.code());
        return REPORT;
    }

    @PostMapping("/report/reply")
    String reply(@PathVariable String org, @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var organisation = forms.organisation(org);
        var open = open(organisation, request);
        if (open == null) {
            return "redirect:/public/advice/" + organisation.code() + "/login";
        }
        try {
            advice.reporterReply(organisation, open.access(), text.strip(), Uploads.of(files));
        } catch (UncleanableAttachmentException e) {
            model.addAttribute("replyError", e.messageKey());
            model.addAttribute("replyErrorFile", e.filename());
            return report(org, request, model);
        } catch (InvalidInputException e) {
            model.addAttribute("replyError", e.errors().containsKey("status") ? "advice.public.report.closed"
                    : "advice.error.tooManyFiles");
            return report(org, request, model);
        }
        redirect.addFlashAttribute("flash", "advice.public.report.sent");
        return "redirect:/public/advice/" + organisation.code() + "/report";
    }

    /** The reporter's own files, shown in the browser and never cached. */
    @GetMapping("/report/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String org, @PathVariable UUID attachmentId,
            HttpServletRequest request) {
        var organisation = forms.organisation(org);
        var open = open(organisation, request);
        if (open == null) {
            return ResponseEntity.notFound().build();
        }
        var content = advice.reporterAttachment(organisation, open.access(), attachmentId);
        return InlineFile.of(content.filename(), content.mediaType(), content.bytes());
    }

    @PostMapping("/report/logout")
    String logout(@PathVariable String org, HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        sessionSecrets.clear(request, response);
        return "redirect:/public/advice/" + forms.organisation(org).code();
    }

    private String formPage(Organisation organisation, Model model, Locale locale) {
        model.addAttribute("org", organisation.code());
        model.addAttribute("organisationName", organisation.name());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("categories", forms.categories(organisation, locale));
        model.addAttribute("powChallenge", forms.proofOfWork().challenge());
        model.addAttribute("powBits", forms.proofOfWork().bits());
        return FORM;
    }

    /** The report this session opened on this organisation's page, if the browser's key still opens it. */
    private @Nullable OpenReport open(Organisation organisation, HttpServletRequest request) {
        return sessionSecrets.get(request, ACCESS).map(OpenReport::fromBytes)
                .filter(open -> open.org().equals(organisation.code())).orElse(null);
    }
}
