package be.kompas.people;

/** The level of a unit in the tree, from the whole corps down to a team. */
public enum UnitKind {
    CORPS, DEPARTMENT, SERVICE, TEAM
}
