package be.kompas.people;

/** How a staff member is employed; screening and early warning treat temporary and seconded staff differently. */
public enum EmploymentKind {
    PERMANENT, TEMPORARY, INTERN, ASPIRANT, SECONDED
}
