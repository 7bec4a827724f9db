package be.kompas.policy.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.kompas.core.InvalidInputException;
import be.kompas.identity.CurrentUser;
import be.kompas.policy.ComplianceStatus;
import be.kompas.policy.ComplianceTable;

/** The compliance table (domain.md 8.3): legally required components with their basis, actors and status. */
@Controller
@RequestMapping("/policy/compliance")
@PreAuthorize("hasAuthority('policy.read')")
class ComplianceController {

    static final String VIEW = "policy/compliance";

    private final ComplianceTable table;

    ComplianceController(ComplianceTable table) {
        this.table = table;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("items", table.items(CurrentUser.require().organisationId()));
        model.addAttribute("complianceStatuses", ComplianceStatus.values());
        return VIEW;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        var rows = table.items(CurrentUser.require().organisationId()).stream()
                .map(item -> List.of(item.component(), item.legalBasis(), item.actors(), item.status().name()))
                .toList();
        return PolicyCsv.download("compliance-table.csv", List.of("component", "legal_basis", "actors", "status"),
                rows);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy.manage')")
    String add(@RequestParam(defaultValue = "") String component, @RequestParam(defaultValue = "") String legalBasis,
            @RequestParam(defaultValue = "") String actors, @RequestParam ComplianceStatus status,
            RedirectAttributes redirect) {
        try {
            table.add(CurrentUser.require().organisationId(), component, legalBasis, actors, status);
            redirect.addFlashAttribute("flash", "policy.compliance.saved");
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "policy.invalid.component");
        }
        return "redirect:/policy/compliance";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy.manage')")
    String changeStatus(@PathVariable UUID id, @RequestParam ComplianceStatus status, RedirectAttributes redirect) {
        table.changeStatus(CurrentUser.require().organisationId(), id, status);
        redirect.addFlashAttribute("flash", "policy.compliance.saved");
        return "redirect:/policy/compliance";
    }

    @PostMapping("/import/dutch")
    @PreAuthorize("hasAuthority('policy.manage')")
    String importDutch(RedirectAttributes redirect) {
        table.importDutchTemplate(CurrentUser.require().organisationId());
        redirect.addFlashAttribute("flash", "policy.compliance.imported");
        return "redirect:/policy/compliance";
    }
}
