package be.kompas.investigations.internal;

import java.util.List;

import be.kompas.investigations.internal.CaseParts.Document;
import be.kompas.investigations.internal.CaseParts.Step;

/**
 * A case as the staff member concerned sees it (rights of defence, domain.md 1.4): the announcement and their own
 * hearing reports once announced, the documents once the file is opened to them, the outcome once told.
 */
public record StaffCaseView(CaseRow row, List<Step> steps, List<Document> documents, boolean outcomeKnown) {
}
