/**
 * Structure and people: the organisation's units as a tree, its job functions (some marked vulnerable), its staff
 * members with their employment history, and the line-manager rule every module uses.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "privacy" })
package be.kompas.people;

import org.jspecify.annotations.NullMarked;
