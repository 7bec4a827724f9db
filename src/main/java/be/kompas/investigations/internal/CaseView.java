package be.kompas.investigations.internal;

import java.util.List;

import be.kompas.audit.AuditEntry;
import be.kompas.investigations.internal.CaseDeadlines.Deadline;
import be.kompas.investigations.internal.CaseParts.Assignment;
import be.kompas.investigations.internal.CaseParts.Concerned;
import be.kompas.investigations.internal.CaseParts.Document;
import be.kompas.investigations.internal.CaseParts.Duty;
import be.kompas.investigations.internal.CaseParts.Measure;
import be.kompas.investigations.internal.CaseParts.Step;

/**
 * A case as its readers see it, with who read it (from the audit trail).
 *
 * @param findings what the triage rules say about the chosen track
 */
public record CaseView(CaseRow row, List<Concerned> staff, List<Assignment> assignments, List<Step> steps,
        List<Document> documents, List<Measure> measures, List<Duty> duties, List<Deadline> deadlines,
        List<AuditEntry> readers, List<TriageRules.Finding> findings) {
}
