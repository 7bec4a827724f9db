/**
 * Early warning for supervision, never sanction: counts per staff member of what other modules record (through the
 * {@link be.kompas.earlywarning.IndicatorSource} beans they implement), normalised by exposure and ranked within a
 * peer group, under versioned rules that the integrity coordinator edits. Each alert goes to a designated reviewer
 * who records an assessment and an outcome; the staff member is informed and sees their own file. Nothing here feeds
 * an automatic decision.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "privacy", "people", "storage", "notifications" })
package be.kompas.earlywarning;

import org.jspecify.annotations.NullMarked;
