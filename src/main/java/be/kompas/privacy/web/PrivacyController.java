package be.kompas.privacy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.CurrentUser;
import be.kompas.privacy.PrivacyManagement;
import be.kompas.privacy.RecordTypeOverview;
import be.kompas.privacy.RetentionPolicies;
import be.kompas.privacy.SubjectAccessReport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The DPO's pages: record types and their retention, the purge, and subject-access requests. */
@Controller
@RequestMapping("/privacy")
@PreAuthorize("hasAuthority('privacy.manage')")
class PrivacyController {

    static final String INDEX_VIEW = "privacy/index";
    static final String RETENTION_VIEW = "privacy/retention";
    static final String SUBJECT_ACCESS_VIEW = "privacy/subject-access";

    private final PrivacyManagement privacy;
    private final RetentionPolicies retention;

    PrivacyController(PrivacyManagement privacy, RetentionPolicies retention) {
        this.privacy = privacy;
        this.retention = retention;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("types", privacy.recordTypes(CurrentUser.require().organisationId()));
        return INDEX_VIEW;
    }

    @GetMapping("/retention/{recordType}")
    String retentionForm(@PathVariable String recordType, Model model) {
        var overview = purgeable(recordType);
        var form = overview.policy() == null ? new RetentionForm() : RetentionForm.of(overview.policy().period());
        return retentionPage(overview, form, model);
    }

    @PostMapping("/retention/{recordType}")
    String changeRetention(@PathVariable String recordType, @Valid @ModelAttribute("form") RetentionForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var overview = purgeable(recordType);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return retentionPage(overview, form, model);
        }
        retention.change(CurrentUser.require().organisationId(), recordType, form.toPeriod());
        redirect.addFlashAttribute("flash", "privacy.retention.saved");
        return "redirect:/privacy";
    }

    @PostMapping("/purge")
    String purgeNow(RedirectAttributes redirect) {
        privacy.purgeNow(CurrentUser.require().organisationId());
        redirect.addFlashAttribute("flash", "privacy.purge.done");
        return "redirect:/privacy";
    }

    @GetMapping("/subject-access")
    String subjectAccess(@RequestParam(required = false) @Nullable String person, Model model,
            HttpServletResponse response) {
        model.addAttribute("person", person == null ? "" : person);
        if (person != null) {
            try {
                model.addAttribute("report", privacy.subjectAccess(CurrentUser.require().organisationId(), person));
            }
            catch (InvalidInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("personError", true);
            }
        }
        return SUBJECT_ACCESS_VIEW;
    }

    @GetMapping(path = "/subject-access/export", params = "format=json")
    ResponseEntity<SubjectAccessReport> exportJson(@RequestParam String person) {
        var report = privacy.exportSubjectAccess(CurrentUser.require().organisationId(), person);
        return ResponseEntity.ok().headers(attachment("subject-access.json")).contentType(MediaType.APPLICATION_JSON)
                .body(report);
    }

    @GetMapping(path = "/subject-access/export", params = "format=csv")
    ResponseEntity<byte[]> exportCsv(@RequestParam String person) {
        var report = privacy.exportSubjectAccess(CurrentUser.require().organisationId(), person);
        return ResponseEntity.ok().headers(attachment("subject-access.csv"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(SubjectAccessCsv.write(report));
    }

    /** An export asked for with a too short name, e.g. by editing the link. */
    @ExceptionHandler(InvalidInputException.class)
    void invalidInput(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private RecordTypeOverview purgeable(String recordType) {
        return privacy.recordTypes(CurrentUser.require().organisationId()).stream()
                .filter(overview -> overview.type().code().equals(recordType) && overview.type().purgeable())
                .findFirst().orElseThrow(() -> new RecordNotFoundException("record type", recordType));
    }

    private String retentionPage(RecordTypeOverview overview, RetentionForm form, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("history",
                retention.history(CurrentUser.require().organisationId(), overview.type().code()));
        return RETENTION_VIEW;
    }

    /** No name in the file name: downloads folders and browser histories outlive the request. */
    private static HttpHeaders attachment(String filename) {
        var headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        headers.setCacheControl("no-store");
        return headers;
    }
}
