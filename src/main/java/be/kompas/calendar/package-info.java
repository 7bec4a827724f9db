/**
 * The shared working-day calendar: Monday to Friday minus Belgian public holidays and each organisation's own days
 * off, so that every module counts its deadlines alike (domain.md section 13, item 9).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit" })
package be.kompas.calendar;

import org.jspecify.annotations.NullMarked;
