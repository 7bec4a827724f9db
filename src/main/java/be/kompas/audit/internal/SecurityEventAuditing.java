package be.kompas.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.identity.AccessRefused;
import be.kompas.identity.AccountActivity;
import be.kompas.identity.LoginFailed;
import be.kompas.identity.LoginSucceeded;

/** Logins, refusals and account administration go to the trail as they happen, in the thread that saw them. */
@Component
class SecurityEventAuditing {

    private final AuditTrail trail;

    SecurityEventAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(LoginSucceeded event) {
        trail.record(new AuditEvent(event.organisationId(), event.username(), "login.succeeded", null, null, null,
                null));
    }

    @EventListener
    void on(LoginFailed event) {
        trail.record(new AuditEvent(event.organisationId(), event.username(), "login.failed", null, null, null,
                event.reason()));
    }

    @EventListener
    void on(AccountActivity event) {
        trail.record(new AuditEvent(event.organisationId(), event.actor(), event.action(), event.recordType(),
                event.recordId(), event.subject(), null));
    }

    @EventListener
    void on(AccessRefused event) {
        trail.record(new AuditEvent(event.organisationId(), event.username(), "access.refused", "path",
                event.path(), null, event.method()));
    }
}
