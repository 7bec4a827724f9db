package be.kompas.investigations.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.kompas.advice.AdviceReportForwarded;
import be.kompas.advice.ForwardTarget;
import be.kompas.advice.ReportKind;
import be.kompas.complaints.ComplaintAssignedToOversight;
import be.kompas.investigations.Origin;
import be.kompas.lookups.LookupAlertConfirmed;

/** Opens a case, waiting for triage, when another module hands a matter to internal oversight. */
@Component
class CaseIntake {

    private final CaseService cases;

    CaseIntake(CaseService cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(ComplaintAssignedToOversight event) {
        cases.openFrom(event.organisation(), Origin.COMPLAINT, null, event.reference(), event.complaint().value(),
                null, event.factCode() == null ? List.of() : List.of(event.factCode()), event.staffIds(), List.of(),
                null, null);
    }

    @ApplicationModuleListener
    void on(AdviceReportForwarded event) {
        if (event.target() == ForwardTarget.DIT) {
            // A whistleblower report keeps its origin, and with it the legal terms and routing (domain.md 6.1, 13.3),
            // which count from its receipt and acknowledgement in the Advice Point, not from the forward.
            Origin origin = event.kind() == ReportKind.WHISTLEBLOWER ? Origin.WHISTLEBLOWER : Origin.ADVICE_POINT;
            cases.openFrom(event.organisationId(), origin, event.caseReference(), event.reference(),
                    event.reportId(), null, List.of(), List.of(), List.of(),
                    event.receivedOn() == null ? event.forwardedOn() : event.receivedOn(), event.acknowledgedOn());
        }
    }

    @ApplicationModuleListener
    void on(LookupAlertConfirmed event) {
        cases.openFrom(event.organisationId(), Origin.LOOKUP_ALERT, null, event.officerPseudonym(), event.alertId(),
                String.join(", ", event.reasons()), List.of(), List.of(),
                event.officerId() == null ? List.of() : List.of(event.officerId()), null, null);
    }
}
