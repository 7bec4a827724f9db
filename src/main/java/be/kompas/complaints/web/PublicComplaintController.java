package be.kompas.complaints.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import be.kompas.complaints.Channel;
import be.kompas.complaints.ComplaintKind;
import be.kompas.complaints.ComplaintManagement;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.attachments.UncleanableAttachmentException;
import be.kompas.core.attachments.Uploads;
import be.kompas.tenancy.Organisation;
import be.kompas.tenancy.Organisations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The Meldpunt's public form: no login, no script needed, and nothing about the sender's connection is kept. The
 * receipt is rendered in answer to the post, so the reference is never in a URL or a log.
 */
@Controller
@RequestMapping("/public/complaints/{organisation}")
class PublicComplaintController {

    static final String FORM_VIEW = "complaints/public-form";
    static final String RECEIPT_VIEW = "complaints/public-receipt";

    private final ComplaintManagement complaints;
    private final Organisations organisations;
    private final IntakeThrottle throttle;

    PublicComplaintController(ComplaintManagement complaints, Organisations organisations, IntakeThrottle throttle) {
        this.complaints = complaints;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @ModelAttribute("organisation")
    Organisation organisation(@PathVariable String organisation) {
        return organisations.findByCode(organisation)
                .orElseThrow(() -> new RecordNotFoundException("organisation", organisation));
    }

    @ModelAttribute("kinds")
    ComplaintKind[] kinds() {
        return ComplaintKind.values();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PublicComplaintForm());
        return FORM_VIEW;
    }

    @PostMapping
    String submit(@ModelAttribute("organisation") Organisation organisation,
            @Valid @ModelAttribute("form") PublicComplaintForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM_VIEW;
        }
        if (!throttle.tryAcquire(organisation.code())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            // The channel and the day of receipt are set by the facade.
            model.addAttribute("receipt", complaints.submit(organisation.code(),
                    form.toNewComplaint(Channel.ONLINE_FORM, java.time.LocalDate.MIN, LocaleContextHolder.getLocale()),
                    Uploads.of(files)));
        }
        catch (UncleanableAttachmentException e) {
            binding.reject(e.messageKey(), new Object[] { e.filename() }, null);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM_VIEW;
        }
        catch (InvalidInputException e) {
            e.errors().forEach((field, message) -> binding.reject("complaints.invalid." + field, message));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return FORM_VIEW;
        }
        model.addAttribute("kind", form.getKind());
        return RECEIPT_VIEW;
    }
}
