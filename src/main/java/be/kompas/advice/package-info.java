/**
 * The anonymous Integrity Advice Point and internal whistleblower channel: staff ask or report under a self-chosen
 * name, coaches answer, and the content stays encrypted for everyone but the reporter and the entitled users.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "core :: crypto",
        "core :: attachments", "core :: document", "tenancy", "calendar", "notifications", "identity", "audit",
        "privacy", "policy", "reporting" })
package be.kompas.advice;

import org.jspecify.annotations.NullMarked;
