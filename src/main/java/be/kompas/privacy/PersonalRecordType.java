package be.kompas.privacy;

/**
 * A kind of personal record that a module holds.
 *
 * @param code unique across Kompas, {@code <module>.<kind>}, e.g. {@code people.staff-member}
 * @param labelKey message key of a short description for the DPO's page
 * @param purgeable whether a retention period can remove or anonymise these records; {@code false} for records the law
 *     requires to keep (the audit trail)
 */
public record PersonalRecordType(String code, String labelKey, boolean purgeable) {
}
