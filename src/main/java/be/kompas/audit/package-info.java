/**
 * The tamper-evident audit trail: every read and write of a sensitive record, every login and every refusal, in a
 * hash chain that the database will not let anyone edit.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity" })
package be.kompas.audit;

import org.jspecify.annotations.NullMarked;
