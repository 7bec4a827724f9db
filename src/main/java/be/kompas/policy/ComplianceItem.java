package be.kompas.policy;

import java.util.UUID;

/** A row of the compliance table: a legally required component of the integrity policy. */
public record ComplianceItem(UUID id, String component, String legalBasis, String actors, ComplianceStatus status) {
}
