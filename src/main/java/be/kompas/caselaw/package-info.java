/**
 * The internal case-law database (strafmaatoverleg): anonymised decisions taken in from decided cases or entered by the
 * head of internal oversight, searchable, with the spread of outcomes per fact code and the similar earlier decisions
 * a decision maker sees, so that similar facts get similar sanctions.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "investigations", "complaints", "policy" })
package be.kompas.caselaw;

import org.jspecify.annotations.NullMarked;
