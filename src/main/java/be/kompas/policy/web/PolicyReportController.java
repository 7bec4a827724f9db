package be.kompas.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.document.DocxDocuments;
import be.kompas.core.document.PdfDocuments;
import be.kompas.identity.CurrentUser;
import be.kompas.tenancy.Organisations;

/** The yearly policy report, as PDF or as an editable Word document. */
@Controller
@RequestMapping("/policy/report")
@PreAuthorize("hasAuthority('policy.read')")
class PolicyReportController {

    static final String VIEW = "policy/report";
    private static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PolicyReport report;
    private final Organisations organisations;
    private final AuditTrail trail;
    private final Clock clock;

    PolicyReportController(PolicyReport report, Organisations organisations, AuditTrail trail, Clock clock) {
        this.report = report;
        this.organisations = organisations;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("year", today().getYear());
        return VIEW;
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "must be between 2000 and 2100");
        }
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw InvalidInputException.of("format", "must be pdf or docx");
        }
        var organisation = organisations.get(CurrentUser.require().organisationId());
        var document = report.of(organisation, year, today());
        trail.read("policy.report", organisation.id().value(), String.valueOf(year));
        var pdf = format.equals("pdf");
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("integrity-policy-" + year + (pdf ? ".pdf" : ".docx")).build().toString())
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .body(pdf ? PdfDocuments.toBytes(document) : DocxDocuments.toBytes(document));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels")));
    }
}
