/**
 * Internal investigations and discipline: cases opened from forwarded complaints, Advice Point forwards, whistleblower
 * reports, look-up alerts and reports under the duty to act; triage, tracks, decisions, information duties, and the
 * need-to-know rule on every read.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "privacy", "people", "calendar", "complaints", "advice", "lookups", "notifications", "reporting" })
package be.kompas.investigations;

import org.jspecify.annotations.NullMarked;
