/**
 * The organisations that use Kompas (local police zones, federal directorates, Dutch units, the inspectorate):
 * every record belongs to exactly one of them.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = "core")
package be.kompas.tenancy;

import org.jspecify.annotations.NullMarked;
