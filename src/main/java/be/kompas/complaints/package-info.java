/**
 * The single point of entry for citizen complaints and compliments: public and staff intake, handling by the customer
 * coordinator with deadlines in working days, closing with a reasoned answer, and the yearly figures.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "core :: attachments",
        "core :: document", "tenancy", "identity", "audit", "privacy", "people", "calendar", "notifications",
        "reporting", "earlywarning" })
package be.kompas.complaints;

import org.jspecify.annotations.NullMarked;
