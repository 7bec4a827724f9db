/**
 * Dashboards and the yearly reports (the annual integrity report, B9, B10 and the AIG's national report), assembled
 * from the figures that the other modules hand in through the providers declared here: reporting depends on no
 * feature module, shows whichever sections exist and the others as empty.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "core :: document", "tenancy",
        "identity", "audit", "people", "storage" })
package be.kompas.reporting;

import org.jspecify.annotations.NullMarked;
