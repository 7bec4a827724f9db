package be.kompas.complaints;

/**
 * Whom the customer coordinator informs of a complaint besides the complainant, who gets the acknowledgement and the
 * answer (domain.md 1.4: "the complainant, the colleagues involved and the services concerned, including Comité P and
 * AIG").
 */
public enum DutyRecipient {
    /** The Standing Police Monitoring Committee. */
    COMITE_P,
    /** The General Inspectorate; the message also reaches the AIG analyst's inbox, without names. */
    AIG,
    /** The head of a unit the complaint concerns. */
    SERVICE_CONCERNED,
    /** A staff member the complaint concerns. */
    STAFF_MEMBER;

    /** Whether the recipient is a control body outside the zone. */
    public boolean isControlBody() {
        return this == COMITE_P || this == AIG;
    }
}
