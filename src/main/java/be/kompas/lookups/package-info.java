/**
 * Monitoring of police-database look-ups for private misuse: the explanation engine, its command line and the review
 * queue.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "people", "privacy", "storage", "earlywarning", "reporting" })
package be.kompas.lookups;

import org.jspecify.annotations.NullMarked;
