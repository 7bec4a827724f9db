/**
 * The registers: use of force, violence against police, ancillary activities, gifts and screening. Staff members file
 * their own entries; supervisors, the designated services and the competent authority review them; statistics and
 * the AIG's national aggregate come from them without personal data. Lessons from use of force are noted on the
 * policy module's action plan by action code (registers use policy, never the other way round).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit",
        "privacy", "people", "policy", "reporting", "earlywarning" })
package be.kompas.registers;

import org.jspecify.annotations.NullMarked;
