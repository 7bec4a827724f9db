/**
 * Aftercare: the personnel-care role's wellbeing follow-up of staff members while a case about them runs, and after
 * the case the aftercare talks, the recovery path, restoring the person's standing and the debriefing, as tasks with
 * owners and due dates. It knows a case only by its id and reference, never its content.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "privacy", "people", "calendar", "investigations", "notifications" })
package be.kompas.aftercare;

import org.jspecify.annotations.NullMarked;
