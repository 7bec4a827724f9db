package be.kompas.tenancy;

/** What kind of body an organisation is; it decides which roles and views make sense there. */
public enum OrganisationKind {
    LOCAL_ZONE, FEDERAL_POLICE, DUTCH_UNIT, INSPECTORATE;
}
