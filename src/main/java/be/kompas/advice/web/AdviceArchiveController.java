package be.kompas.advice.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.advice.AdvicePermissions;
import be.kompas.advice.internal.AdviceService;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;

/** Archived reports: the facilitator asks to read one, the DPO approves; the report then opens for that user only. */
@Controller
@RequestMapping("/advice/archive/requests")
@PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "') or hasAuthority('"
        + AdvicePermissions.APPROVE_ARCHIVE_ACCESS + "')")
class AdviceArchiveController {

    static final String VIEW = "advice/archive-requests";
    private static final String REDIRECT = "redirect:/advice/archive/requests";

    private final AdviceService advice;

    AdviceArchiveController(AdviceService advice) {
        this.advice = advice;
    }

    @GetMapping
    String requests(Model model) {
        model.addAttribute("requests", advice.archiveRequests(CurrentUser.require()));
        return VIEW;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + AdvicePermissions.MANAGE + "')")
    String request(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            advice.requestArchiveAccess(CurrentUser.require(), reference, reason);
            redirect.addFlashAttribute("flash", "advice.archive.requested");
        } catch (InvalidInputException | RecordNotFoundException e) {
            redirect.addFlashAttribute("flash", "advice.archive.invalid");
        }
        return REDIRECT;
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('" + AdvicePermissions.APPROVE_ARCHIVE_ACCESS + "')")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        advice.approveArchiveAccess(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "advice.archive.approved");
        return REDIRECT;
    }
}
