/**
 * The integrity policy cockpit: the risk register (Fine &amp; Kinney), vulnerable functions, maturity, the integrity
 * action plan, recommendations of control bodies, the integrity framework map, the ethical climate survey and the
 * yearly policy report, and what other modules read about them.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "core", "core :: document", "tenancy", "identity", "audit", "people",
                "privacy", "notifications", "reporting" })
package be.kompas.policy;

import org.jspecify.annotations.NullMarked;
