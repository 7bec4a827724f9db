package be.kompas.people;

/** A staff member named by another record, e.g. as a line manager. */
public record StaffMemberRef(StaffMemberId id, String personnelNumber, String fullName) {
}
