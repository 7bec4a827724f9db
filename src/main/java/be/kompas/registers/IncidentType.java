package be.kompas.registers;

/** The situation in which force was used; nightlife and care institutions stand out in the sources (domain.md 9.1). */
public enum IncidentType {
    ARREST, IDENTITY_CHECK, PUBLIC_ORDER, NIGHTLIFE, DOMESTIC, MENTAL_HEALTH_INSTITUTION, ASYLUM_OR_YOUTH_CENTRE,
    TRAFFIC, TRANSPORT_OR_CUSTODY, OTHER
}
