/**
 * The data-protection backbone: every module registers the kinds of personal record it holds, the DPO sets their
 * retention, and one search answers a subject-access request across all modules.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "tenancy", "identity", "audit", "storage" })
package be.kompas.privacy;

import org.jspecify.annotations.NullMarked;
