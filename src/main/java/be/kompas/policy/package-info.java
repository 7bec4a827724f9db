/**
 * The integrity policy cockpit: the risk register (Fine &amp; Kinney), the integrity action plan, and what other
 * modules read about them.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "core", "tenancy", "identity", "audit", "people", "reporting" })
package be.kompas.policy;

import org.jspecify.annotations.NullMarked;
