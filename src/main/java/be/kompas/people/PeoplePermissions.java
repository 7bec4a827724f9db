package be.kompas.people;

/** The permissions of the people module. */
public final class PeoplePermissions {

    /** Read every staff record of the organisation. */
    public static final String STAFF_READ = "people.staff.read";
    /** Read the staff records of one's own unit tree and of the people one manages (line managers). */
    public static final String STAFF_READ_UNIT = "people.staff.read-unit";
    /** Read one's own staff record. */
    public static final String OWN_RECORD_READ = "people.own-record.read";
    public static final String STAFF_MANAGE = "people.staff.manage";
    /** Units and job functions, including which functions are vulnerable. */
    public static final String UNITS_MANAGE = "people.units.manage";

    private PeoplePermissions() {
    }
}
