package be.kompas.advice.web;

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
import be.kompas.core.attachments.AttachmentCleaner;
import be.kompas.core.attachments.UncleanableAttachmentException;
import be.kompas.core.attachments.Uploads;
import be.kompas.tenancy.Organisation;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reporter's pages, without login. After the reporter opens their report with name and passphrase, the report
 * key stays in their HTTP session (server memory only) until they close it or the session ends.
 */
@Controller
@RequestMapping("/public/advice/{org}")
class PublicAdviceController {

    static final String FORM = "advice/public-form";
    static final String RECEIPT = "advice/public-receipt";
    static final String LOGIN = "advice/public-login";
    static final String REPORT = "advice/public-report";
    private static final String ACCESS = PublicAdviceController.class.getName() + ".access";

    record SubmitForm(@NotNull ReportKind kind, @NotBlank @Size(max = 60) String category,
            @NotBlank @Size(max = ReporterForms.MAX_TEXT) String text,
            @NotBlank @Size(min = ReporterForms.MIN_NAME, max = 100) String name,
            @NotBlank @Size(min = ReporterForms.MIN_PASSPHRASE, max = 200) String passphrase,
            @Size(max = 500) @Nullable String identity) {
    }

    /** The open report of this session, bound to the organisation whose page opened it. */
    private record OpenReport(String org, AdviceService.ReporterAccess access) {
    }

    private final AdviceService advice;
    private final ReporterForms forms;

    PublicAdviceController(AdviceService advice, ReporterForms forms) {
        this.advice = advice;
        this.forms = forms;
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
            @RequestParam(defaultValue = "") String passphrase, HttpSession session, Model model) {
        var organisation = forms.organisation(org);
        try {
            session.setAttribute(ACCESS, new OpenReport(organisation.code(),
                    forms.reporterLogin(organisation, name, passphrase)));
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
    String report(@PathVariable String org, HttpSession session, Model model) {
        var organisation = forms.organisation(org);
        var open = open(organisation, session);
        if (open == null) {
            return "redirect:/public/advice/" + organisation.code() + "/login";
        }
        model.addAttribute("details", advice.reporterView(organisation, open.access()));
        model.addAttribute("org", organisation.code());
        return REPORT;
    }

    @PostMapping("/report/reply")
    String reply(@PathVariable String org, @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, HttpSession session,
            Model model, RedirectAttributes redirect) {
        var organisation = forms.organisation(org);
        var open = open(organisation, session);
        if (open == null) {
            return "redirect:/public/advice/" + organisation.code() + "/login";
        }
        try {
            advice.reporterReply(organisation, open.access(), text.strip(), Uploads.of(files));
        } catch (UncleanableAttachmentException e) {
            model.addAttribute("replyError", e.messageKey());
            model.addAttribute("replyErrorFile", e.filename());
            return report(org, session, model);
        } catch (InvalidInputException e) {
            model.addAttribute("replyError", e.errors().containsKey("status") ? "advice.public.report.closed"
                    : "advice.error.tooManyFiles");
            return report(org, session, model);
        }
        redirect.addFlashAttribute("flash", "advice.public.report.sent");
        return "redirect:/public/advice/" + organisation.code() + "/report";
    }

    /** The reporter's own files, shown in the browser and never cached. */
    @GetMapping("/report/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String org, @PathVariable UUID attachmentId,
            HttpSession session) {
        var organisation = forms.organisation(org);
        var open = open(organisation, session);
        if (open == null) {
            return ResponseEntity.notFound().build();
        }
        var content = advice.reporterAttachment(organisation, open.access(), attachmentId);
        return InlineFile.of(content.filename(), content.mediaType(), content.bytes());
    }

    @PostMapping("/report/logout")
    String logout(@PathVariable String org, HttpSession session) {
        session.invalidate();
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

    private static @Nullable OpenReport open(Organisation organisation, HttpSession session) {
        return session.getAttribute(ACCESS) instanceof OpenReport open && open.org().equals(organisation.code())
                ? open : null;
    }
}
